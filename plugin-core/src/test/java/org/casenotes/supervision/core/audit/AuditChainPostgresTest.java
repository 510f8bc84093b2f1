package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

@Postgres
class AuditChainPostgresTest extends AuditChainContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }

    @Test
    void concurrentAppendersOnSeparateConnectionsKeepAGaplessVerifiedChain() throws Exception {
        AuditFixture audit = AuditFixture.over(database());
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = 100 + t;
                done.add(pool.submit(() -> audit.appendEvents(each, seed)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        AuditVerification verification = audit.log().verify(ADMIN);
        assertThat(verification.intact()).as(verification.message()).isTrue();
        assertThat(verification.eventCount()).isEqualTo(threads * each);
        for (String org : AuditFixture.ORGS) {
            assertThat(sequenceNumbers(audit.dataSource, org)).as(org)
                    .containsExactly(1L, verification.chainOf(org).eventCount(), verification.chainOf(org).eventCount());
        }
    }

    /** The smallest, the largest and the count of distinct sequence numbers of one organisation. */
    private static List<Long> sequenceNumbers(DataSource dataSource, String org) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT MIN(seq), MAX(seq), COUNT(DISTINCT seq) FROM sr_audit_event WHERE org_id = '" + org + "'")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }
}
