package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.audit.ChainVerification;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.core.storage.Migrations;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database written by release 0.1 (one global chain, schema version 5; the committed fixture
 * was produced by that release's code) is upgraded: its history still verifies, and every
 * organisation's chain goes on from its last old event.
 */
abstract class ReleaseUpgradeContract {

    private static final Actor ADMIN = Actor.of("admin-1", "org-a", Role.ADMIN);
    private static final byte[] RELEASE_KEY =
            HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    abstract DataSource database();

    @Test
    void theOldGlobalChainStillVerifiesAndEachOrganisationGoesOnFromItsLastOldEvent() {
        DataSource database = releaseDatabase();
        TestAuditSecrets secrets = TestAuditSecrets.withHmacKey(new SecretKeySpec(RELEASE_KEY, "HmacSHA256"));
        Migrations.migrate(database);
        AuditFeature audit = feature(database, secrets);

        AuditVerification upgraded = audit.log().verify(ADMIN);
        append(database, audit, "org-a", "org-b", "org-d", "org-a");
        audit.log().checkpoint(ADMIN);
        AuditVerification continued = audit.log().verify(ADMIN);

        assertThat(upgraded.intact()).as(upgraded.message()).isTrue();
        assertThat(upgraded.chains().get(0)).isEqualTo(ChainVerification.intact(null, 30));
        long orgA = upgraded.chainOf("org-a").eventCount();
        assertThat(orgA + upgraded.chainOf("org-b").eventCount() + upgraded.chainOf("org-c").eventCount())
                .isEqualTo(30);
        assertThat(continued.intact()).as(continued.message()).isTrue();
        assertThat(continued.chainOf("org-a").eventCount()).isEqualTo(orgA + 2);
        assertThat(continued.chainOf("org-d")).isEqualTo(ChainVerification.intact("org-d", 1));
        assertThat(continued.chains().get(0)).isEqualTo(ChainVerification.intact(null, 30));
    }

    @Test
    void anOldEventAlteredAfterTheUpgradeIsNamedInTheOldChain() throws SQLException {
        DataSource database = releaseDatabase();
        TestAuditSecrets secrets = TestAuditSecrets.withHmacKey(new SecretKeySpec(RELEASE_KEY, "HmacSHA256"));
        Migrations.migrate(database);
        AuditFeature audit = feature(database, secrets);
        audit.log().checkpoint(ADMIN);

        AuditFixture.over(database, secrets, 1000).dropGuard();
        execute(database, "UPDATE sr_audit_event SET actor_id = 'intruder' WHERE legacy_seq = 17");
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.chains().get(0).organisationId()).isNull();
        assertThat(verification.chains().get(0).firstBadSequence()).isEqualTo(17L);
        assertThat(verification.chains().get(0).problem()).isEqualTo(AuditProblem.ALTERED);
        assertThat(verification.message()).startsWith("the chain written before per-organisation chains");
    }

    @Test
    void anOldEventReplayedAfterAnOrganisationsOwnEventsIsNamedInThatChainAndInTheOldOne() throws SQLException {
        DataSource database = releaseDatabase();
        TestAuditSecrets secrets = TestAuditSecrets.withHmacKey(new SecretKeySpec(RELEASE_KEY, "HmacSHA256"));
        Migrations.migrate(database);
        AuditFeature audit = feature(database, secrets);
        append(database, audit, "org-a", "org-a");
        AuditFixture fixture = AuditFixture.over(database, secrets, 1000);
        long last = fixture.count("SELECT last_seq FROM sr_audit_chain WHERE org_id = 'org-a'");
        long replayed = fixture.count("SELECT MIN(legacy_seq) FROM sr_audit_event WHERE org_id = 'org-a'");
        fixture.dropGuard();

        // A copy of an old event, MAC and all, appended to the organisation's chain, the head row following it.
        execute(database, "CREATE TABLE sr_replay AS SELECT * FROM sr_audit_event WHERE legacy_seq = " + replayed);
        execute(database, "UPDATE sr_replay SET seq = " + (last + 1));
        execute(database, "INSERT INTO sr_audit_event SELECT * FROM sr_replay");
        execute(database, "UPDATE sr_audit_chain SET last_seq = " + (last + 1) + ", last_mac = (SELECT entry_mac"
                + " FROM sr_replay) WHERE org_id = 'org-a'");
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.chainOf("org-a")).isEqualTo(ChainVerification.broken("org-a", last, last + 1,
                AuditProblem.REORDERED, "audit event #" + (last + 1) + " does not follow event #" + last
                        + ": reordered or renumbered"));
        assertThat(verification.chains().get(0)).isEqualTo(ChainVerification.broken(null, replayed, replayed,
                AuditProblem.INSERTED, "audit event #" + replayed + " is recorded more than once: inserted"));
        assertThat(verification.chainOf("org-b").intact()).isTrue();
    }

    @Test
    void twoOldEventsSwappedAfterTheUpgradeAreNamedAsReorderedInTheOldChain() throws SQLException {
        DataSource database = releaseDatabase();
        TestAuditSecrets secrets = TestAuditSecrets.withHmacKey(new SecretKeySpec(RELEASE_KEY, "HmacSHA256"));
        Migrations.migrate(database);
        AuditFeature audit = feature(database, secrets);
        AuditFixture.over(database, secrets, 1000).dropGuard();

        execute(database, "UPDATE sr_audit_event SET legacy_seq = -1 WHERE legacy_seq = 5");
        execute(database, "UPDATE sr_audit_event SET legacy_seq = 5 WHERE legacy_seq = 9");
        execute(database, "UPDATE sr_audit_event SET legacy_seq = 9 WHERE legacy_seq = -1");
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.chains().get(0)).isEqualTo(ChainVerification.broken(null, 4, 5L,
                AuditProblem.REORDERED, "audit event #5 does not follow event #4: reordered or renumbered"));
    }

    @Test
    void noAnchorIsTakenOnceTheFrozenOldChainsHeadMoved() throws SQLException {
        DataSource database = releaseDatabase();
        TestAuditSecrets secrets = TestAuditSecrets.withHmacKey(new SecretKeySpec(RELEASE_KEY, "HmacSHA256"));
        Migrations.migrate(database);
        AuditFeature audit = feature(database, secrets);
        audit.log().checkpoint(ADMIN);
        append(database, audit, "org-a");

        execute(database, "UPDATE sr_audit_legacy_head SET last_seq = 29, last_mac = "
                + "(SELECT entry_mac FROM sr_audit_event WHERE legacy_seq = 29) WHERE head_id = 1");

        assertThatThrownBy(() -> audit.log().checkpoint(ADMIN))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("frozen head of the chain before per-organisation chains moved");
    }

    @Test
    void theFirstStartAfterTheUpgradeRefusesAnotherKey() {
        DataSource database = releaseDatabase();
        Migrations.migrate(database);

        assertThatThrownBy(() -> feature(database, TestAuditSecrets.fresh()))
                .isInstanceOf(InvalidStateException.class)
                .extracting(e -> ((InvalidStateException) e).code()).isEqualTo("audit.key-mismatch");
    }

    private DataSource releaseDatabase() {
        DataSource database = database();
        String vendor;
        try {
            vendor = Migrations.vendorOf(database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(database)
                .locations("classpath:org/casenotes/supervision/core/storage/migration",
                        "classpath:org/casenotes/supervision/core/storage/vendor/" + vendor)
                .table("sr_schema_history").baselineOnMigrate(true).baselineVersion("0").target("5")
                .load().migrate();
        try (InputStream in = getClass().getResourceAsStream("release-0.1-audit-chain.sql")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    execute(database, line.substring(0, line.length() - 1));
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("the release fixture cannot be loaded", e);
        }
        return database;
    }

    private static AuditFeature feature(DataSource database, TestAuditSecrets secrets) {
        return AuditFeature.create(new Transactions(database), secrets, Clock.fixed(AuditFixture.NOW, ZoneOffset.UTC),
                1000);
    }

    private static void append(DataSource database, AuditFeature audit, String... organisations) {
        for (String organisation : organisations) {
            new Transactions(database).inTransaction("record", tx -> {
                audit.trail().append(tx, new AuditEntry(AuditFixture.START, organisation, "user-1", null,
                        AuditAction.READ, "review", "note", "note-1", null, null, null, null));
                return null;
            });
        }
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
