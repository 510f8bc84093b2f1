package org.casenotes.supervision.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.casenotes.supervision.benchmarks.support.BenchDatabases;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in this JVM, at tiny sizes, so the benchmark code cannot rot
 * between full runs. PostgreSQL cases run when the local server answers and are left out
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
        assertThat(results).hasSize(2 + 2 * databases.length + 3 * databases.length + 2);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getSampleCount()).isPositive());
    }
}
