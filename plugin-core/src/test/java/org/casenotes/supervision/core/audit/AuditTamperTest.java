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
 * With the append-only guard dropped, as the database owner can, random mutations of the
 * audit table are each found by verify, which names the first bad event. One H2 database is
 * reused: it is restored from a copy of the table after each mutation.
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
        audit.execute("CREATE TABLE sr_audit_head_copy AS SELECT * FROM sr_audit_head");
        assertThat(audit.log().verify(ADMIN)).isEqualTo(AuditVerification.intact(EVENTS));

        Random random = new Random(SEED);
        Map<AuditProblem, Integer> seen = new EnumMap<>(AuditProblem.class);
        for (int i = 0; i < MUTATIONS; i++) {
            Tampering.Expected expected;
            try (Connection connection = audit.dataSource.getConnection()) {
                expected = new Tampering(connection, random, EVENTS).any();
            }

            AuditVerification found = audit.log().verify(ADMIN);

            assertThat(found.intact()).as("mutation %d (seed %d): %s", i, SEED, expected.description()).isFalse();
            assertThat(found.firstBadSequence()).as("first bad event after %s", expected.description())
                    .isEqualTo(expected.firstBadSequence());
            assertThat(found.problem()).as("problem after %s", expected.description()).isEqualTo(expected.problem());
            seen.merge(found.problem(), 1, Integer::sum);
            restore(audit);
        }

        assertThat(seen.keySet()).contains(AuditProblem.ALTERED, AuditProblem.MISSING, AuditProblem.INSERTED,
                AuditProblem.REORDERED, AuditProblem.TRUNCATED);
        assertThat(audit.log().verify(ADMIN)).isEqualTo(AuditVerification.intact(EVENTS));
    }

    private static void restore(AuditFixture audit) throws SQLException {
        try (Connection connection = audit.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM sr_audit_event");
            statement.execute("INSERT INTO sr_audit_event SELECT * FROM sr_audit_copy");
            statement.execute("DELETE FROM sr_audit_head");
            statement.execute("INSERT INTO sr_audit_head SELECT * FROM sr_audit_head_copy");
        }
    }
}
