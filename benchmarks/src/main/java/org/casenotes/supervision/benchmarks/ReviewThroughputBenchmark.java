package org.casenotes.supervision.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.benchmarks.support.BenchDatabases;
import org.casenotes.supervision.benchmarks.support.BenchHost;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full review cycles (submit, start review, co-sign: three transactions) per second, against
 * a baseline of plain JDBC doing one row insert or update plus one history insert per
 * transition, also three transactions, on the same database. The thread count is set per run
 * ({@code -t 1, 2, 4, 8}). Targets: at least 1,000 cycles/s on H2 with 4 threads, and at
 * least half the baseline's rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ReviewThroughputBenchmark {

    private static final String ORG = "org-bench";
    private static final int CLINICIANS = 8;

    /** The database: {@code H2} in memory or a fresh {@code POSTGRES} schema. */
    @Param({"H2", "POSTGRES"})
    public String database;

    private JdbcConnectionPool pool;
    private SupervisionModule module;
    private BenchHost host;
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger baselineIds = new AtomicInteger();

    /**
     * Creates the module over a fresh database, and the baseline's tables.
     *
     * @throws SQLException when the database cannot be reached
     */
    @Setup(Level.Trial)
    public void start() throws SQLException {
        pool = BenchDatabases.fresh(BenchDatabases.Kind.valueOf(database), "bench_review");
        host = new BenchHost(pool, CLINICIANS);
        module = new SupervisionModuleFactory().create(host);
        try (Connection connection = pool.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_row (org_id VARCHAR(64) NOT NULL, note_id VARCHAR(64)"
                    + " NOT NULL, state VARCHAR(24) NOT NULL, version BIGINT NOT NULL, updated_at TIMESTAMP"
                    + " WITH TIME ZONE NOT NULL, PRIMARY KEY (org_id, note_id))");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_history (org_id VARCHAR(64) NOT NULL, note_id VARCHAR(64)"
                    + " NOT NULL, seq INTEGER NOT NULL, to_state VARCHAR(24) NOT NULL, actor_id VARCHAR(64) NOT NULL,"
                    + " acted_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (org_id, note_id, seq))");
        }
    }

    /** Closes the module and the pool. */
    @TearDown(Level.Trial)
    public void stop() {
        module.close();
        pool.dispose();
    }

    /** One benchmark thread: a clinician of its own and a counter for fresh note ids. */
    @State(Scope.Thread)
    public static class Worker {
        Actor clinician;
        Actor supervisor;
        String prefix;
        int next;

        /**
         * Picks this thread's clinician.
         *
         * @param bench the shared state
         */
        @Setup(Level.Trial)
        public void pick(ReviewThroughputBenchmark bench) {
            int index = bench.threads.getAndIncrement();
            clinician = new Actor(BenchHost.clinician(index % CLINICIANS), ORG, java.util.Set.of(Role.CLINICIAN));
            supervisor = new Actor(BenchHost.SUPERVISOR, ORG, java.util.Set.of(Role.SUPERVISOR));
            prefix = "n" + index + "-" + System.nanoTime() + "-";
        }
    }

    /**
     * One full cycle through the module.
     *
     * @param worker this thread's clinician
     * @return the co-signed review
     */
    @Benchmark
    public Review fullCycle(Worker worker) {
        String noteId = worker.prefix + worker.next++;
        host.put(new ProgressNote(ORG, noteId, "client-" + (worker.next % 50), worker.clinician.userId(),
                LocalDate.now(), "90834", "Session note text for the benchmark, about a paragraph long."));
        Reviews reviews = module.reviews();
        Review submitted = reviews.submit(worker.clinician, noteId, 0);
        Review started = reviews.startReview(worker.supervisor, noteId, submitted.version());
        Review signed = reviews.coSign(worker.supervisor, noteId, started.version());
        if (signed.state() != ReviewState.CO_SIGNED) {
            throw new IllegalStateException("the cycle ended in " + signed.state());
        }
        return signed;
    }

    /**
     * The baseline: the same three transitions as plain JDBC, one transaction each.
     *
     * @return the last version written
     * @throws SQLException on any database fault
     */
    @Benchmark
    public long baselinePlainJdbc() throws SQLException {
        String noteId = "b" + baselineIds.incrementAndGet();
        transition("INSERT INTO bench_row (state, version, updated_at, org_id, note_id) VALUES (?, ?, ?, ?, ?)",
                noteId, "SUBMITTED", 1);
        transition("UPDATE bench_row SET state = ?, version = ?, updated_at = ? WHERE org_id = ? AND note_id = ?",
                noteId, "IN_REVIEW", 2);
        transition("UPDATE bench_row SET state = ?, version = ?, updated_at = ? WHERE org_id = ? AND note_id = ?",
                noteId, "CO_SIGNED", 3);
        return 3;
    }

    private void transition(String rowSql, String noteId, String state, int version) throws SQLException {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement row = connection.prepareStatement(rowSql);
                    PreparedStatement history = connection.prepareStatement("INSERT INTO bench_history"
                            + " (org_id, note_id, seq, to_state, actor_id, acted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                row.setString(1, state);
                row.setLong(2, version);
                row.setObject(3, now);
                row.setString(4, ORG);
                row.setString(5, noteId);
                if (row.executeUpdate() != 1) {
                    throw new IllegalStateException("no row changed");
                }
                history.setString(1, ORG);
                history.setString(2, noteId);
                history.setInt(3, version);
                history.setString(4, state);
                history.setString(5, "someone");
                history.setObject(6, now);
                history.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
