package org.casenotes.supervision.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
import org.casenotes.supervision.host.clinic.ClinicSchema;
import org.casenotes.supervision.host.plugin.PluginHost;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Host start-up with the plugin (load, start, create the module with migrations already
 * applied) against the same host with an empty plugins folder. Both start as the sample host
 * does: open the pool, bring the host's own tables up to date, load the plugins folder.
 * Target: at most 300 ms added.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HostStartupBenchmark {

    private Path withPlugin;
    private Path withoutPlugins;
    private String databaseUrl;
    private Path dataDir;

    /**
     * Prepares both plugin folders and a database whose migrations are already applied.
     *
     * @throws Exception when the plugin build is missing
     */
    @Setup(Level.Trial)
    public void prepare() throws Exception {
        Path temp = Files.createTempDirectory("sr-startup-bench");
        withPlugin = BuiltPlugin.pluginsFolderWithZip(temp.resolve("with"));
        withoutPlugins = Files.createDirectories(temp.resolve("without").resolve("plugins"));
        dataDir = temp.resolve("data");
        databaseUrl = ClinicDatabase.defaultUrl(dataDir);
        startHost(withPlugin);
    }

    /**
     * The host with the supervision plugin.
     *
     * @return the module's schema version, so the work is not eliminated
     * @throws Exception on any fault
     */
    @Benchmark
    public String hostWithPlugin() throws Exception {
        return startHost(withPlugin);
    }

    /**
     * The baseline: the same host with no plugins.
     *
     * @return a status line, so the work is not eliminated
     * @throws Exception on any fault
     */
    @Benchmark
    public String baselineHostWithoutPlugins() throws Exception {
        return startHost(withoutPlugins);
    }

    private String startHost(Path plugins) throws Exception {
        try (ClinicDatabase database = ClinicDatabase.open(databaseUrl)) {
            ClinicSchema.create(database.dataSource());
            return loadPlugins(database, plugins);
        }
    }

    private String loadPlugins(ClinicDatabase database, Path plugins) {
        try (PluginHost host = PluginHost.start(plugins)) {
            if (host.supervision().isEmpty()) {
                return host.statuses().toString();
            }
            try (SupervisionModule module = host.supervision().get().create(new ClinicHostContext(
                    database.dataSource(), Clock.systemUTC(), SupervisionEventListener.NONE, dataDir))) {
                return module.schemaVersion();
            }
        }
    }
}
