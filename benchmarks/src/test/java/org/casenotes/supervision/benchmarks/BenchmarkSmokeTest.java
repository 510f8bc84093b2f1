package org.casenotes.supervision.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casenotes.supervision.benchmarks.support.BenchDatabases;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in this JVM, at tiny sizes, and builds the report's table from the
 * results, so neither the benchmarks nor the report can rot between full runs. PostgreSQL cases run when the local server answers and are left out
 * otherwise.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsOneIteration() throws Exception {
        String[] databases = BenchDatabases.postgresReachable()
                ? new String[] {"H2", "POSTGRES"} : new String[] {"H2"};
        Options options = new OptionsBuilder()
                .include(getClass().getPackageName() + ".*Benchmark")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .timeUnit(TimeUnit.MILLISECONDS)
                .param("packetNotes", "20")
                .param("queueNotes", "2000")
                .param("database", databases)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        // packets 2, review cycles 3 per database (module and two baselines), queue 3 per database, start-up 2, module create() 3
        assertThat(results).hasSize(2 + 3 * databases.length + 3 * databases.length + 2 + 3);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getSampleCount()).isPositive());

        ReportTables tables = new ReportTables();
        tables.packets(of(results, "PacketExportBenchmark"), ReportTables.sizes(new int[] {20}));
        tables.reviews(of(results, "ReviewThroughputBenchmark"), 1);
        tables.queues(of(results, "QueueQueryBenchmark"), databases, "2000", "2000");
        tables.startup(of(results, "HostStartupBenchmark"));
        assertThat(tables.markdown()).contains("| packet export | 20 notes, PDF/A, CODED | ",
                "| review cycles/s | H2, 1 thread, 8 organisations | ",
                "(same steps)", "| review cycles/s | H2, 1 thread, 8 organisations, reference | ", "| queue p95 | H2, 2,000 notes, 100th page of 50 by keyset | ",
                "| host start-up | with the plugin, migrations applied | ").doesNotContain("failed");
    }

    private static List<RunResult> of(Collection<RunResult> results, String benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().contains("." + benchmark + ".")).toList();
    }
}
