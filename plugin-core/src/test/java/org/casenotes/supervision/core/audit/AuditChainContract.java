package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.audit.ChainVerification;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.HostAuditEntry;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.junit.jupiter.api.Test;

/** What the audit trail does on every supported database: one chain per organisation. */
abstract class AuditChainContract {

    static final Actor ADMIN = Actor.of("admin-1", "org-a", Role.ADMIN);

    abstract DataSource database();

    @Test
    void appendedEventsVerifyAsOneIntactGaplessChainPerOrganisation() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(40, 1);

        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventCount()).isEqualTo(40);
        assertThat(verification.chains()).extracting(ChainVerification::organisationId)
                .containsExactly("org-a", "org-b");
        for (String org : AuditFixture.ORGS) {
            long count = audit.count("SELECT COUNT(*) FROM sr_audit_event WHERE org_id = '" + org + "'");
            assertThat(verification.chainOf(org)).isEqualTo(ChainVerification.intact(org, count));
            assertThat(audit.count("SELECT MAX(seq) FROM sr_audit_event WHERE org_id = '" + org + "'"))
                    .isEqualTo(count);
        }
        assertThat(verification.message()).isEqualTo("audit trail intact: 40 events in 2 chains");
    }

    @Test
    void anAppendAfterTheFirstLocksTheHeadThenWritesTheEventAndMovesTheHeadInOneStatementOnPostgres()
            throws SQLException {
        org.casenotes.supervision.core.testing.RecordingStatements recording =
                new org.casenotes.supervision.core.testing.RecordingStatements(database());
        AuditFixture audit = AuditFixture.over(recording.dataSource());
        audit.append("org-a"); // the organisation's head row exists from here on
        recording.start();
        audit.append("org-a");
        List<String> statements = recording.stop().stream().map(e -> e.sql().replaceAll("\\s+", " ").strip())
                .toList();

        boolean postgres = audit.vendor.equals("postgresql");
        // One round trip fewer per append on PostgreSQL: the head moves onto the inserted event.
        assertThat(statements).hasSize(postgres ? 2 : 3);
        assertThat(statements.get(0)).as("the head is locked first").contains("sr_audit_chain")
                .doesNotStartWith("INSERT").doesNotStartWith("WITH");
        assertThat(statements.get(statements.size() - 1)).startsWith(postgres ? "WITH appended AS" : "UPDATE sr_audit_chain");
        AuditVerification verification = audit.log().verify(ADMIN);
        assertThat(verification.intact()).as(verification.message()).isTrue();
        assertThat(verification.chainOf("org-a")).isEqualTo(ChainVerification.intact("org-a", 2));
    }

    @Test
    void aRolledBackActionLeavesNoGapInItsOrganisationsSequence() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(3, 2);

        assertThatThrownBy(() -> audit.transactions.inTransaction("fail after recording", tx -> {
            audit.feature.trail().append(tx, AuditFixture.entry(new Random(3), 0));
            throw new IllegalStateException("the action failed");
        })).isInstanceOf(IllegalStateException.class);
        audit.appendEvents(2, 4);

        AuditVerification verification = audit.log().verify(ADMIN);
        assertThat(verification.intact()).as(verification.message()).isTrue();
        assertThat(verification.eventCount()).isEqualTo(5);
    }

    @Test
    void anAppenderWaitsOnlyForItsOwnOrganisationsHead() throws Exception {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(4, 16);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (java.sql.Connection holder = audit.dataSource.getConnection()) {
            holder.setAutoCommit(false);
            ChainHead.lock(org.casenotes.supervision.core.storage.Tx.over(holder), "org-a");
            java.util.concurrent.Future<?> sameOrg = pool.submit(() -> audit.append("org-a"));
            java.util.concurrent.Future<?> otherOrg = pool.submit(() -> audit.append("org-b"));
            java.util.concurrent.Future<?> newOrg = pool.submit(() -> audit.append("org-new"));

            otherOrg.get(20, java.util.concurrent.TimeUnit.SECONDS);
            newOrg.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(sameOrg).as("org-a's appender queues behind the open transaction").isNotDone();
            holder.commit();
            sameOrg.get(20, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.log().verify(ADMIN).intact()).isTrue();
    }

    @Test
    void updateDeleteAndTruncateOnTheAuditTableAreRefusedByTheDatabase() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(5, 5);

        assertThatThrownBy(() -> audit.execute("UPDATE sr_audit_event SET actor_id = 'intruder' WHERE seq = 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("is append-only: UPDATE refused");
        assertThatThrownBy(() -> audit.execute("DELETE FROM sr_audit_event WHERE seq = 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("is append-only: DELETE refused");
        assertThatThrownBy(() -> audit.execute("TRUNCATE TABLE sr_audit_event"))
                .isInstanceOf(SQLException.class);

        assertThat(audit.log().verify(ADMIN).intact()).isTrue();
    }

    @Test
    void aModuleGivenAnotherChainKeyIsRefusedAtStartBeforeWritingAnything() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(5, 6);

        assertThatThrownBy(() -> audit.with(audit.secrets.withOtherHmacKey()))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("not the key this database's audit trail was written with")
                .extracting(e -> ((InvalidStateException) e).code()).isEqualTo("audit.key-mismatch");
        assertThat(audit.count("SELECT COUNT(*) FROM sr_audit_event")).isEqualTo(5);
        assertThat(audit.with(audit.secrets).log().verify(ADMIN).intact()).isTrue();
    }

    @Test
    void aDatabaseWhoseAuditIdentityWasRemovedIsRefusedAtStart() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(3, 6);
        audit.execute("DELETE FROM sr_audit_database");

        assertThatThrownBy(() -> audit.with(audit.secrets))
                .isInstanceOf(InvalidStateException.class)
                .extracting(e -> ((InvalidStateException) e).code()).isEqualTo("audit.identity-missing");
    }

    @Test
    void anchorsAreTakenEveryNEventsTheModuleAppendsAndOnDemand() {
        AuditFixture audit = AuditFixture.over(database(), TestAuditSecrets.fresh(), 5);
        audit.appendEvents(25, 7);

        Checkpoint automatic = audit.latestAnchor().orElseThrow();
        audit.appendEvents(2, 70);
        Checkpoint onDemand = audit.log().checkpoint(ADMIN);

        assertThat(automatic.sequence()).isBetween(5L, 25L);
        assertThat(onDemand.sequence()).isEqualTo(27);
        assertThat(onDemand.databaseId()).isEqualTo(audit.databaseId());
        assertThat(audit.latestAnchor()).contains(onDemand);
        assertThat(audit.log().checkpoint(ADMIN)).as("nothing new to anchor").isEqualTo(onDemand);
        assertThat(audit.log().verify(ADMIN).intact()).isTrue();
    }

    @Test
    void anchorsCountTheEventsOfEveryOrganisationTogether() {
        AuditFixture audit = AuditFixture.over(database(), TestAuditSecrets.fresh(), 5);
        for (int round = 0; round < 4; round++) {
            audit.append("org-x");
            audit.append("org-y");
            audit.append("org-z");
        }

        // No organisation reached 5 events of its own; the module appended 12, so anchors were
        // taken at its 5th and 10th: the latest covers 10 events.
        assertThat(audit.latestAnchor()).hasValueSatisfying(a -> assertThat(a.sequence()).isEqualTo(10));
    }

    @Test
    void twoDatabasesAnchoringIntoOneSinkEachVerifyIntact() {
        TestAuditSecrets shared = TestAuditSecrets.fresh();
        AuditFixture first = AuditFixture.over(database(), shared, 1000);
        AuditFixture second = AuditFixture.over(database(), shared, 1000);
        first.appendEvents(12, 20);
        second.appendEvents(4, 21);
        first.log().checkpoint(ADMIN);
        second.log().checkpoint(ADMIN);

        assertThat(first.databaseId()).isNotEqualTo(second.databaseId());
        assertThat(first.log().verify(ADMIN).intact()).isTrue();
        assertThat(second.log().verify(ADMIN).intact()).isTrue();
    }

    @Test
    void aTamperedOrForeignAnchorIsDetected() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(6, 8);
        Checkpoint genuine = audit.log().checkpoint(ADMIN);

        audit.secrets.plant(new Checkpoint(genuine.databaseId(), genuine.sequence(), "f".repeat(64), genuine.at(),
                genuine.signature()));
        AuditVerification altered = audit.log().verify(ADMIN);
        TestAuditSecrets forger = audit.secrets.withOtherSigningKeys();
        audit.secrets.plant(new CheckpointSigner(forger.checkpointSigningKey(), forger.checkpointVerifyingKey())
                .sign(genuine.databaseId(), genuine.sequence(), genuine.headMac(), genuine.at()));
        AuditVerification foreign = audit.log().verify(ADMIN);

        assertThat(altered.problem()).isEqualTo(AuditProblem.CHECKPOINT_FORGED);
        assertThat(foreign.problem()).isEqualTo(AuditProblem.CHECKPOINT_FORGED);
    }

    @Test
    void aTailCutTogetherWithTheHeadIsCaughtByTheLatestAnchor() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(12, 9);
        audit.log().checkpoint(ADMIN);
        long count = audit.headOf("org-a");
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE org_id = 'org-a' AND seq > 2");
        audit.rewindHead("org-a", 2);
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(count).isGreaterThan(2);
        assertThat(verification.problem()).isEqualTo(AuditProblem.TRUNCATED);
        assertThat(verification.chainOf("org-a").firstBadSequence()).isEqualTo(3L);
        assertThat(verification.chainOf("org-a").eventCount()).isEqualTo(2);
        assertThat(verification.chainOf("org-a").message()).startsWith("audit event #3 and later are missing: ");
        assertThat(verification.chainOf("org-b").intact()).isTrue();
    }

    @Test
    void aTailCutAfterTheLatestAnchorIsCaughtByTheHeadRowAlone() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(6, 12);
        audit.log().checkpoint(ADMIN);
        audit.appendEvents(12, 13);
        long count = audit.count("SELECT last_seq FROM sr_audit_chain WHERE org_id = 'org-b'");
        long anchored = audit.count("SELECT MAX(last_seq) FROM sr_audit_anchor_head WHERE org_id = 'org-b'");
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE org_id = 'org-b' AND seq > " + (count - 2));
        AuditVerification withHeadCheck = audit.log().verify(ADMIN);
        AuditVerification withoutHeadCheck = audit.verifierWithoutHeadCheck().verify();

        assertThat(count - 2).as("the cut lies after the latest anchor").isGreaterThanOrEqualTo(anchored);
        assertThat(withHeadCheck.chainOf("org-b").problem()).isEqualTo(AuditProblem.TRUNCATED);
        assertThat(withHeadCheck.chainOf("org-b").firstBadSequence()).isEqualTo(count - 1);
        assertThat(withoutHeadCheck.intact()).as("no other check sees this cut").isTrue();
    }

    @Test
    void eventsStandingAfterARewoundHeadRowAreReportedAsInsertedFromTheFirstOneAfterIt() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(12, 16);
        long count = audit.headOf("org-a");

        audit.rewindHead("org-a", count - 2);
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(count).isGreaterThan(3);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.chainOf("org-a")).isEqualTo(ChainVerification.broken("org-a", count - 2, count - 1,
                AuditProblem.INSERTED, "audit event #" + (count - 1) + " stands after the chain's head row: inserted"));
        assertThat(verification.chainOf("org-b").intact()).isTrue();
    }

    @Test
    void aChainRewrittenWithTheKeyToTheAnchoredLengthIsCaughtByTheAnchoredEventsMac() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(10, 17);
        audit.log().checkpoint(ADMIN);
        long count = audit.headOf("org-a");
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE org_id = 'org-a'");
        audit.execute("DELETE FROM sr_audit_chain WHERE org_id = 'org-a'");
        for (long i = 0; i < count; i++) {
            audit.append("org-a");
        }
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(count).isGreaterThan(1);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.chainOf("org-a").problem()).isEqualTo(AuditProblem.CHECKPOINT_MISMATCH);
        assertThat(verification.chainOf("org-a").firstBadSequence()).isEqualTo(count);
        assertThat(verification.chainOf("org-a").eventCount()).isEqualTo(count);
        assertThat(verification.chainOf("org-a").message()).contains("the chain was replaced");
        assertThat(verification.chainOf("org-b").intact()).isTrue();
    }

    @Test
    void aChainWhoseHeadRowWasDeletedIsStillVerifiedFromItsEvents() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(6, 19);

        audit.execute("DELETE FROM sr_audit_chain WHERE org_id = 'org-b'");
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.chainOf("org-b").problem()).isEqualTo(AuditProblem.INSERTED);
        assertThat(verification.chainOf("org-b").firstBadSequence()).isEqualTo(1L);
    }

    @Test
    void anEventTheHostRecordsJoinsItsOrganisationsChain() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(4, 18);
        long before = audit.log().verify(ADMIN).chainOf("org-b").eventCount();

        audit.log().record(new HostAuditEntry("org-b", "clinician-1", AuditAction.SIGN_IN, "session", "user",
                "clinician-1", null));
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.chainOf("org-b").eventCount()).isEqualTo(before + 1);
    }

    @Test
    void droppingAWholeOrganisationsChainIsCaughtByTheAnchor() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(10, 14);
        audit.log().checkpoint(ADMIN);
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE org_id = 'org-b'");
        audit.execute("DELETE FROM sr_audit_chain WHERE org_id = 'org-b'");
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.chainOf("org-b").problem()).isEqualTo(AuditProblem.TRUNCATED);
        assertThat(verification.chainOf("org-b").firstBadSequence()).isEqualTo(1L);
        assertThat(verification.chainOf("org-a").intact()).isTrue();
    }

    @Test
    void removingAnOrganisationFromTheAnchoredHeadsIsCaughtByTheSignedRoot() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(10, 15);
        audit.log().checkpoint(ADMIN);
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE org_id = 'org-b'");
        audit.execute("DELETE FROM sr_audit_chain WHERE org_id = 'org-b'");
        audit.execute("DELETE FROM sr_audit_anchor_head WHERE org_id = 'org-b'");
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.problem()).isEqualTo(AuditProblem.CHECKPOINT_MISMATCH);
        assertThat(verification.message()).contains("altered or removed");
    }

    @Test
    void aSecondEventUnderAnExistingNumberIsReportedAsInsertedAtThatNumber() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(10, 18);
        long count = audit.headOf("org-a");
        long k = count / 2;
        audit.dropGuard();

        // Only an owner who also drops the primary key can put two events under one number.
        audit.execute("ALTER TABLE sr_audit_event DROP CONSTRAINT sr_audit_event_pk");
        audit.execute("INSERT INTO sr_audit_event SELECT * FROM sr_audit_event WHERE org_id = 'org-a' AND seq = " + k);
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(k).isGreaterThan(1);
        assertThat(verification.chainOf("org-a")).isEqualTo(ChainVerification.broken("org-a", k, k,
                AuditProblem.INSERTED, "audit event #" + k + " is recorded more than once: inserted"));
        assertThat(verification.chainOf("org-b").intact()).isTrue();
    }

    @Test
    void noAnchorIsTakenOverABrokenChain() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(8, 10);
        Checkpoint before = audit.log().checkpoint(ADMIN);
        audit.appendEvents(8, 11);
        audit.dropGuard();
        long last = audit.headOf("org-a");
        audit.execute("UPDATE sr_audit_event SET target_id = 'note-other' WHERE org_id = 'org-a' AND seq = " + last);

        assertThatThrownBy(() -> audit.log().checkpoint(ADMIN))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("#" + last);
        assertThat(audit.latestAnchor()).contains(before);
    }
}
