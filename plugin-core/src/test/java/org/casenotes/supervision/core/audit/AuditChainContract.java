package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Random;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.junit.jupiter.api.Test;

/** What the audit chain does on every supported database. */
abstract class AuditChainContract {

    static final Actor ADMIN = Actor.of("admin-1", "org-a", Role.ADMIN);

    abstract DataSource database();

    @Test
    void appendedEventsVerifyAsAnIntactGaplessChain() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(40, 1);

        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification).isEqualTo(AuditVerification.intact(40));
        assertThat(verification.message()).isEqualTo("audit chain intact: 40 events");
    }

    @Test
    void aRolledBackActionLeavesNoGapInTheSequence() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(3, 2);

        assertThatThrownBy(() -> audit.transactions.inTransaction("fail after recording", tx -> {
            audit.feature.trail().append(tx, AuditFixture.entry(new Random(3), 0));
            throw new IllegalStateException("the action failed");
        })).isInstanceOf(IllegalStateException.class);
        audit.appendEvents(2, 4);

        assertThat(audit.log().verify(ADMIN)).isEqualTo(AuditVerification.intact(5));
    }

    @Test
    void updateDeleteAndTruncateOnTheAuditTableAreRefusedByTheDatabase() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(5, 5);

        assertThatThrownBy(() -> audit.execute("UPDATE sr_audit_event SET actor_id = 'intruder' WHERE seq = 2"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> audit.execute("DELETE FROM sr_audit_event WHERE seq = 5"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> audit.execute("TRUNCATE TABLE sr_audit_event"))
                .isInstanceOf(SQLException.class);

        assertThat(audit.log().verify(ADMIN)).isEqualTo(AuditVerification.intact(5));
    }

    @Test
    void aWrongHmacKeyFailsVerificationAtTheFirstEvent() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(5, 6);

        AuditVerification verification = audit.with(audit.secrets.withOtherHmacKey()).log().verify(ADMIN);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBadSequence()).isEqualTo(1L);
        assertThat(verification.problem()).isEqualTo(AuditProblem.ALTERED);
    }

    @Test
    void checkpointsAreTakenEveryNEventsAndOnDemand() {
        AuditFixture audit = AuditFixture.over(database(), TestAuditSecrets.fresh(), 10);
        audit.appendEvents(25, 7);

        assertThat(audit.secrets.checkpoints().latest()).map(Checkpoint::sequence).contains(20L);
        Checkpoint onDemand = audit.log().checkpoint(ADMIN);

        assertThat(onDemand.sequence()).isEqualTo(25);
        assertThat(audit.secrets.checkpoints().latest()).contains(onDemand);
        assertThat(audit.log().verify(ADMIN)).isEqualTo(AuditVerification.intact(25));
    }

    @Test
    void aTamperedCheckpointIsDetected() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(6, 8);
        Checkpoint genuine = audit.log().checkpoint(ADMIN);

        audit.secrets.plant(new Checkpoint(genuine.sequence(), "f".repeat(64), genuine.at(), genuine.signature()));
        AuditVerification altered = audit.log().verify(ADMIN);
        TestAuditSecrets forger = audit.secrets.withOtherSigningKeys();
        audit.secrets.plant(new CheckpointSigner(forger.checkpointSigningKey(), forger.checkpointVerifyingKey())
                .sign(genuine.sequence(), genuine.headMac(), genuine.at()));
        AuditVerification foreign = audit.log().verify(ADMIN);

        assertThat(altered.problem()).isEqualTo(AuditProblem.CHECKPOINT_FORGED);
        assertThat(foreign.problem()).isEqualTo(AuditProblem.CHECKPOINT_FORGED);
    }

    @Test
    void aTailCutTogetherWithTheHeadIsCaughtByTheLatestCheckpoint() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(12, 9);
        audit.log().checkpoint(ADMIN);
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE seq > 9");
        audit.execute("UPDATE sr_audit_head SET last_seq = 9, last_mac = "
                + "(SELECT entry_mac FROM sr_audit_event WHERE seq = 9)");
        AuditVerification verification = audit.log().verify(ADMIN);

        assertThat(verification.problem()).isEqualTo(AuditProblem.TRUNCATED);
        assertThat(verification.firstBadSequence()).isEqualTo(10L);
        assertThat(verification.eventCount()).isEqualTo(9);
    }

    @Test
    void noCheckpointIsTakenOverABrokenChain() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(8, 10);
        Checkpoint before = audit.log().checkpoint(ADMIN);
        audit.appendEvents(4, 11);
        audit.dropGuard();
        audit.execute("UPDATE sr_audit_event SET target_id = 'note-other' WHERE seq = 10");

        assertThatThrownBy(() -> audit.log().checkpoint(ADMIN))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("#10");
        assertThat(audit.secrets.checkpoints().latest()).contains(before);
    }
}
