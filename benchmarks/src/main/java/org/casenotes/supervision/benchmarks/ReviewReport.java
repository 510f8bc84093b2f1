package org.casenotes.supervision.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.casenotes.supervision.benchmarks.support.BenchDatabases;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs only the review-throughput rows (module and both baselines, at 1, 2, 4 and 8 threads, on
 * H2 and on PostgreSQL when it answers; one JMH run per thread count with three forks of each
 * benchmark at one thread and one above ({@link Report#reviewForks}, unless {@code -f} is given),
 * the baselines in the same run) and prints their rows of the results table, the raw figures with error bars, and
 * the load average before and after, for pasting into {@code RESULTS.md}.
 *
 * <p>Usage: {@code cd benchmarks && ./run-review.sh}; extra arguments are JMH options given to
 * every run (for instance {@code -wi 1 -i 2} on a busy machine).
 */
public final class ReviewReport {

    private ReviewReport() {
    }

    /**
     * Runs the rows and prints them.
     *
     * @param args JMH command-line options added to every run
     * @throws Exception when JMH cannot run at all (a failing row is reported as failed)
     */
    public static void main(String[] args) throws Exception {
        boolean postgres = BenchDatabases.postgresReachable();
        String[] databases = postgres ? new String[] {"H2", "POSTGRES"} : new String[] {"H2"};
        double loadBefore = load();
        long started = System.currentTimeMillis();
        List<Collection<RunResult>> runs = new ArrayList<>();
        org.openjdk.jmh.runner.options.CommandLineOptions given = new org.openjdk.jmh.runner.options.CommandLineOptions(args);
        for (int threads : Report.THREADS) {
            OptionsBuilder options = new OptionsBuilder();
            options.parent(given);
            if (!given.getForkCount().hasValue()) {
                options.forks(Report.reviewForks(threads));
            }
            runs.add(new Runner(options.include(Report.class.getPackageName() + ".ReviewThroughputBenchmark\\.")
                    // A row that fails (H2 reported its file corrupted twice at 4 threads, ANALYSIS.md)
                    // is printed as failed; the other rows are still measured.
                    .threads(threads).param("database", databases).shouldFailOnError(false).build()).run());
        }
        ReportTables tables = new ReportTables();
        for (int i = 0; i < Report.THREADS.length; i++) {
            tables.reviews(runs.get(i), Report.THREADS[i]);
        }
        System.out.println();
        System.out.println("Review throughput: " + java.time.Instant.ofEpochMilli(started) + " to "
                + java.time.Instant.now() + ", load average (1 min) at start / end: " + ReportTables.fmt(loadBefore)
                + " / " + ReportTables.fmt(load()) + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.println();
        System.out.println(tables.markdown());
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
