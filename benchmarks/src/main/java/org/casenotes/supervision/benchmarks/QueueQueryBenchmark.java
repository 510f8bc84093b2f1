package org.casenotes.supervision.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.review.Page;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.benchmarks.support.BenchDatabases;
import org.casenotes.supervision.benchmarks.support.BenchHost;
import org.casenotes.supervision.benchmarks.support.MemoryAuditSecrets;
import org.casenotes.supervision.benchmarks.support.QueueDataset;
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
 * The supervisor queue's latency (p95 from sampled times) at 100,000 and 1,000,000 notes across
 * 1,000 organisations: a filtered first page (one supervisee, flagged, overdue) and the 100th
 * page of the whole queue by keyset, each a page of 50 with its audit event, against a
 * primary-key look-up of 50 rows of the same organisation. The rows are loaded once into an
 * H2 file under {@code target/bench-data} and a PostgreSQL schema {@code bench_queue_<shape>_<notes>},
 * and reused by later runs. Targets: p95 at most 20 ms; at 100,000 notes within 1.3x of that
 * at 1,000,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class QueueQueryBenchmark {

    private static final int PAGE = 50;
    private static final int DEEP_PAGE = 100;

    /** All notes in the database. */
    @Param({"100000", "1000000"})
    public int queueNotes;

    /** {@code H2} (a file) or {@code POSTGRES}. */
    @Param({"H2", "POSTGRES"})
    public String database;

    private JdbcConnectionPool pool;
    private SupervisionModule module;
    private Actor supervisor;
    private QueueQuery filtered;
    private QueueQuery deep;
    private int measuredNotes;
    private int nextKey;
    private String lookupSql;

    /**
     * Opens (and on first use loads) the database and finds the cursor of the deep page.
     *
     * @throws Exception when the database cannot be reached or loaded
     */
    @Setup(Level.Trial)
    public void open() throws Exception {
        if (BenchDatabases.Kind.valueOf(database) == BenchDatabases.Kind.H2) {
            Path folder = Files.createDirectories(Path.of("target", "bench-data"));
            pool = BenchDatabases.h2File(folder.resolve("queue-" + QueueDataset.SHAPE + "-" + queueNotes));
        } else {
            pool = BenchDatabases.postgres("bench_queue_" + QueueDataset.SHAPE + "_" + queueNotes, false);
        }
        // The database outlives the run, so its audit chain needs the same keys every run.
        module = new SupervisionModuleFactory().create(new BenchHost(pool, QueueDataset.CLINICIANS,
                new MemoryAuditSecrets("queue-benchmark")));
        QueueDataset.ensure(pool, queueNotes);
        measuredNotes = QueueDataset.measuredNotes(queueNotes);
        supervisor = new Actor(BenchHost.SUPERVISOR, QueueDataset.MEASURED, Set.of(Role.SUPERVISOR));
        filtered = new QueueQuery(BenchHost.clinician(3), Set.of(), true, true, PAGE, null);
        Page<Review> page = module.reviews().queue(supervisor, QueueQuery.waiting(PAGE));
        for (int i = 2; i < DEEP_PAGE && page.next().isPresent(); i++) {
            page = module.reviews().queue(supervisor, QueueQuery.waiting(PAGE).next(page.nextCursor()));
        }
        deep = QueueQuery.waiting(PAGE).next(page.nextCursor());
        lookupSql = "SELECT org_id, note_id, client_id, clinician_id, state, version, submission_no, submitted_at,"
                + " due_date, escalation_date, snapshot_hash, flag_rules, cosigned_by, cosigned_at, attestation,"
                + " policy_version FROM sr_review WHERE org_id = ? AND note_id IN ("
                + String.join(", ", Collections.nCopies(PAGE, "?")) + ")";
    }

    /** Closes the module and the pool. */
    @TearDown(Level.Trial)
    public void close() {
        module.close();
        pool.dispose();
    }

    /**
     * The first page of one supervisee's flagged, overdue notes.
     *
     * @return the page
     */
    @Benchmark
    public Page<Review> queueFilteredFirstPage() {
        Page<Review> page = module.reviews().queue(supervisor, filtered);
        if (page.items().isEmpty()) {
            throw new IllegalStateException("the filtered queue is empty");
        }
        return page;
    }

    /**
     * The 100th page of the supervisor's whole queue, by keyset (or the last page when the
     * data set is too small for 100).
     *
     * @return the page
     */
    @Benchmark
    public Page<Review> queuePage100ByKeyset() {
        return module.reviews().queue(supervisor, deep);
    }

    /**
     * The baseline: 50 rows of the same organisation by primary key, in one statement.
     *
     * @return the rows' note ids
     * @throws SQLException on any database fault
     */
    @Benchmark
    public List<String> baselinePrimaryKey50() throws SQLException {
        int first = nextKey;
        nextKey = (nextKey + PAGE) % (measuredNotes - PAGE);
        List<String> found = new ArrayList<>(PAGE);
        try (Connection connection = pool.getConnection();
                PreparedStatement select = connection.prepareStatement(lookupSql)) {
            select.setString(1, QueueDataset.MEASURED);
            for (int i = 0; i < PAGE; i++) {
                select.setString(i + 2, QueueDataset.note(first + i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString("note_id"));
                }
            }
        }
        if (found.size() != PAGE) {
            throw new IllegalStateException("found " + found.size() + " rows, not " + PAGE);
        }
        return found;
    }
}
