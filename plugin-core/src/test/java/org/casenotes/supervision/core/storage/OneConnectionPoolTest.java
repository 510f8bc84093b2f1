package org.casenotes.supervision.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.casenotes.supervision.example.ExampleHost;
import org.casenotes.supervision.example.ExamplePractice;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A host whose pool holds ONE connection can create the module (on an empty and on a migrated
 * database) and run every kind of operation: nothing the plugin does needs two connections at
 * once. The pool waits at most a second, so a second connection would fail the test fast.
 */
class OneConnectionPoolTest {

    @TempDir
    Path exports;

    @Test
    @Timeout(60)
    void createAndTheWholeFlowWorkOnAnH2PoolOfOneConnection() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        runOn(pool);
    }

    @Test
    @Postgres
    @Timeout(60)
    void createAndTheWholeFlowWorkOnAPostgresPoolOfOneConnection() throws Exception {
        String schema = TestDatabases.postgresSchema();
        PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
        postgres.setUrl(TestDatabases.POSTGRES_URL);
        postgres.setCurrentSchema(schema);
        runOn(JdbcConnectionPool.create(postgres));
    }

    private void runOn(JdbcConnectionPool pool) {
        pool.setMaxConnections(1);
        pool.setLoginTimeout(1);
        try {
            ExampleHost host = ExamplePractice.host(pool);
            SupervisionModuleFactory provider = new SupervisionModuleFactory();
            try (SupervisionModule first = provider.create(host)) {
                assertThat(first.schemaVersion()).isNotBlank();
            }
            try (SupervisionModule module = provider.create(host)) {
                Review submitted = ExamplePractice.submittedNote(host, module, "note-1");
                assertThat(module.reviews().queue(ExamplePractice.SUPERVISOR, QueueQuery.waiting(10)).items()).hasSize(1);
                Review coSigned = module.reviews().coSign(ExamplePractice.SUPERVISOR, "note-1", submitted.version());
                assertThat(coSigned.state()).isEqualTo(ReviewState.CO_SIGNED);
                module.meetings().hours(ExamplePractice.SUPERVISOR, "clin", ExamplePractice.SESSION_DAY.minusDays(7),
                        ExamplePractice.SESSION_DAY, ZoneOffset.UTC);
                module.packets().export(ExamplePractice.SUPERVISOR, PacketRequest.forPeriod(List.of("clin"),
                        ExamplePractice.SESSION_DAY, ExamplePractice.SESSION_DAY), PacketOptions.defaults(),
                        exports.resolve("packet.pdf"));
                assertThat(module.audit().verify(ExamplePractice.ADMIN)).isNotNull();
                assertThat(module.databaseReachable()).isTrue();
            }
            assertThat(pool.getActiveConnections()).isZero();
        } finally {
            pool.dispose();
        }
    }
}
