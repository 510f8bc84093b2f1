package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.junit.jupiter.api.Test;

/**
 * When an anchor is refused: an anchor signs that every chain verifies since the one before it,
 * so whatever a database owner changed since then stops the next anchor, and the latest anchor
 * in the host's sink stays the last one that vouched for an intact trail.
 */
abstract class AnchorContract {

    private static final Actor ADMIN = Actor.of("admin-1", "org-a", Role.ADMIN);

    abstract DataSource database();

    @Test
    void aRestartedModuleAnchorsUnderTheIdentityTheDatabaseWasGivenFirst() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(4, 30);

        Checkpoint afterRestart = audit.with(audit.secrets).log().checkpoint(ADMIN);

        assertThat(afterRestart.databaseId()).isEqualTo(audit.databaseId());
        assertThat(audit.latestAnchor()).contains(afterRestart);
    }

    @Test
    void anAnchorIntervalOfOneAnchorsEveryEventAndZeroIsRefused() {
        AuditFixture everyEvent = AuditFixture.over(database(), TestAuditSecrets.fresh(), 1);
        everyEvent.appendEvents(3, 31);

        assertThat(everyEvent.latestAnchor()).map(Checkpoint::sequence).contains(3L);
        assertThatThrownBy(() -> AuditFixture.over(database(), TestAuditSecrets.fresh(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void aForgedLatestAnchorStopsTheNextAnchor() {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(6, 32);
        Checkpoint genuine = audit.log().checkpoint(ADMIN);
        audit.appendEvents(2, 33);

        audit.secrets.plant(new Checkpoint(genuine.databaseId(), genuine.sequence(), genuine.headMac(), genuine.at(),
                "not a signature"));

        assertThat(audit.log().verify(ADMIN).problem()).isEqualTo(AuditProblem.CHECKPOINT_FORGED);
        assertRefused(audit, "audit.checkpoint-forged", "does not verify");
    }

    @Test
    void editedAnchoredHeadsStopTheNextAnchor() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(6, 34);
        Checkpoint latest = audit.log().checkpoint(ADMIN);
        audit.appendEvents(2, 35);

        audit.execute("UPDATE sr_audit_anchor_head SET last_mac = '" + "0".repeat(64) + "' WHERE org_id = 'org-a'");

        assertRefused(audit, "audit.chain-broken", "were altered in the database");
        assertThat(audit.latestAnchor()).contains(latest);
    }

    @Test
    void aChainTheLatestAnchorCoveredThatIsGoneStopsTheNextAnchor() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(8, 36);
        audit.log().checkpoint(ADMIN);
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE org_id = 'org-b'");
        audit.execute("DELETE FROM sr_audit_chain WHERE org_id = 'org-b'");

        assertRefused(audit, "audit.chain-broken", "a chain the latest anchor covered is gone");
    }

    @Test
    void aChainCutBelowTheAnchoredEventStopsTheNextAnchor() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(10, 37);
        audit.log().checkpoint(ADMIN);
        long anchored = audit.headOf("org-a");
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE org_id = 'org-a' AND seq > 1");
        audit.rewindHead("org-a", 1);

        assertThat(anchored).isGreaterThan(1);
        assertRefused(audit, "audit.chain-broken", "no longer passes through the latest anchor at its event #" + anchored);
    }

    @Test
    void aChainRewrittenWithTheKeyPastTheAnchoredEventStopsTheNextAnchor() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(10, 38);
        audit.log().checkpoint(ADMIN);
        long anchored = audit.headOf("org-a");
        audit.dropGuard();

        audit.execute("DELETE FROM sr_audit_event WHERE org_id = 'org-a'");
        audit.execute("DELETE FROM sr_audit_chain WHERE org_id = 'org-a'");
        for (long i = 0; i <= anchored; i++) {
            audit.append("org-a");
        }

        assertRefused(audit, "audit.chain-broken", "no longer passes through the latest anchor at its event #" + anchored);
    }

    @Test
    void aHeadRowWhoseMacWasEditedStopsTheNextAnchor() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(6, 39);
        audit.log().checkpoint(ADMIN);
        audit.appendEvents(4, 40);

        audit.execute("UPDATE sr_audit_chain SET last_mac = '" + "0".repeat(64) + "' WHERE org_id = 'org-a'");

        assertRefused(audit, "audit.chain-broken", "a head row does not match its chain's event #");
    }

    @Test
    void aChainHeadAddedWithoutEventsStopsTheNextAnchorThoughTheCountIsUnchanged() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.appendEvents(6, 41);
        Checkpoint latest = audit.log().checkpoint(ADMIN);

        audit.execute("INSERT INTO sr_audit_chain (org_id, last_seq, last_mac) VALUES ('org-z', 0, '"
                + ChainMac.GENESIS + "')");

        assertRefused(audit, "audit.chain-broken", "as many events as at the latest anchor, but other ones");
        assertThat(audit.latestAnchor()).contains(latest);
    }

    @Test
    void anAnchorStoresOnlyTheChainHeadsThatMovedSinceTheAnchorBeforeIt() throws SQLException {
        AuditFixture audit = AuditFixture.over(database());
        audit.append("org-a");
        audit.append("org-b");
        Checkpoint both = audit.log().checkpoint(ADMIN);
        audit.append("org-a");

        Checkpoint next = audit.log().checkpoint(ADMIN);

        assertThat(audit.count("SELECT COUNT(*) FROM sr_audit_anchor_head WHERE anchor_seq = " + both.sequence()))
                .isEqualTo(2);
        assertThat(audit.count("SELECT COUNT(*) FROM sr_audit_anchor_head WHERE anchor_seq = " + next.sequence()))
                .isEqualTo(1);
        assertThat(audit.log().verify(ADMIN).intact()).isTrue();
    }

    private static void assertRefused(AuditFixture audit, String code, String why) {
        assertThatThrownBy(() -> audit.log().checkpoint(ADMIN))
                .isInstanceOfSatisfying(InvalidStateException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessageContaining(why);
    }
}
