package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * With the append-only guard dropped, as the database owner can, random mutations of one
 * organisation's audit chain are each found by verify, which names the first bad event of that
 * organisation's chain and leaves the other organisation's chain intact. One H2 database is
 * reused: it is restored from a copy of the tables after each mutation.
 */
class AuditTamperTest {

    private static final Actor ADMIN = Actor.of("admin-1", "org-a", Role.ADMIN);
    private static final int EVENTS = 40;
    private static final int MUTATIONS = 1000;
    private static final long SEED = Long.getLong("sr.tamper.seed", 20_260_302L);

    @Test
    void everyRandomMutationIsFoundAndTheFirstBadEventNamed() throws SQLException {
        AuditFixture audit = AuditFixture.over(TestDatabases.h2());
        audit.appendEvents(EVENTS, SEED);
        audit.log().checkpoint(ADMIN);
        audit.dropGuard();
        audit.execute("CREATE TABLE sr_audit_copy AS SELECT * FROM sr_audit_event");
        audit.execute("CREATE TABLE sr_audit_chain_copy AS SELECT * FROM sr_audit_chain");
        AuditVerification before = audit.log().verify(ADMIN);
        assertThat(before.intact()).isTrue();
        assertThat(before.eventCount()).isEqualTo(EVENTS);

        Random random = new Random(SEED);
        Map<AuditProblem, Integer> seen = new EnumMap<>(AuditProblem.class);
        for (int i = 0; i < MUTATIONS; i++) {
            String org = AuditFixture.ORGS[random.nextInt(AuditFixture.ORGS.length)];
            String other = org.equals(AuditFixture.ORGS[0]) ? AuditFixture.ORGS[1] : AuditFixture.ORGS[0];
            Tampering.Expected expected;
            try (Connection connection = audit.dataSource.getConnection()) {
                expected = new Tampering(connection, random, org, before.chainOf(org).eventCount()).any();
            }

            AuditVerification found = audit.log().verify(ADMIN);

            String what = "mutation " + i + " (seed " + SEED + ") of " + org + ": " + expected.description();
            assertThat(found.intact()).as(what).isFalse();
            assertThat(found.chainOf(org).firstBadSequence()).as("first bad event after %s", what)
                    .isEqualTo(expected.firstBadSequence());
            assertThat(found.chainOf(org).problem()).as("problem after %s", what).isEqualTo(expected.problem());
            assertThat(found.chainOf(org).eventCount()).as("events verified before the first bad one after %s", what)
                    .isEqualTo(expected.firstBadSequence() - 1);
            assertThat(found.chainOf(other)).as("the other organisation after %s", what)
                    .isEqualTo(before.chainOf(other));
            seen.merge(found.problem(), 1, Integer::sum);
            restore(audit);
        }

        assertThat(seen.keySet()).contains(AuditProblem.ALTERED, AuditProblem.MISSING, AuditProblem.INSERTED,
                AuditProblem.REORDERED, AuditProblem.TRUNCATED);
        assertThat(audit.log().verify(ADMIN)).isEqualTo(before);
    }

    private static void restore(AuditFixture audit) throws SQLException {
        try (Connection connection = audit.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM sr_audit_event");
            statement.execute("INSERT INTO sr_audit_event SELECT * FROM sr_audit_copy");
            statement.execute("DELETE FROM sr_audit_chain");
            statement.execute("INSERT INTO sr_audit_chain SELECT * FROM sr_audit_chain_copy");
        }
    }
}
