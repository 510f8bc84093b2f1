package org.casenotes.supervision.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.api.loader.LoadedPlugins;
import org.casenotes.supervision.api.loader.SupervisionPluginLoader;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code create()} alone, with the plugin already loaded: on an empty H2 database (every
 * migration runs) and on a migrated one (one history query, no Flyway). Baseline in the same
 * run: opening and closing one pooled connection. Single shots, each on a fresh database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class ModuleCreateBenchmark {

    private LoadedPlugins plugins;
    private SupervisionModuleProvider provider;
    private Path dataDir;
    private ClinicDatabase empty;
    private ClinicDatabase migrated;

    /**
     * Loads the built plugin once.
     *
     * @throws Exception when the plugin build is missing
     */
    @Setup(Level.Trial)
    public void load() throws Exception {
        Path temp = Files.createTempDirectory("sr-create-bench");
        dataDir = temp.resolve("data");
        plugins = SupervisionPluginLoader.load(BuiltPlugin.pluginsFolderWithZip(temp));
        provider = plugins.provider().orElseThrow();
    }

    /** Makes a fresh empty database and a fresh migrated one for the next shot. */
    @Setup(Level.Iteration)
    public void databases() {
        empty = ClinicDatabase.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrated = ClinicDatabase.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        provider.create(host(migrated)).close();
    }

    /** Closes this shot's databases. */
    @TearDown(Level.Iteration)
    public void closeDatabases() {
        empty.close();
        migrated.close();
    }

    /** Unloads the plugin. */
    @TearDown(Level.Trial)
    public void unload() {
        plugins.close();
    }

    /**
     * Creates the module on an empty database.
     *
     * @return the schema version
     */
    @Benchmark
    public String createOnEmptyDatabase() {
        try (SupervisionModule module = provider.create(host(empty))) {
            return module.schemaVersion();
        }
    }

    /**
     * Creates the module on a database that has every migration.
     *
     * @return the schema version
     */
    @Benchmark
    public String createOnMigratedDatabase() {
        try (SupervisionModule module = provider.create(host(migrated))) {
            return module.schemaVersion();
        }
    }

    /**
     * The baseline: one pooled connection, opened and closed.
     *
     * @return whether it was valid
     * @throws Exception on a database fault
     */
    @Benchmark
    public boolean baselineOneConnection() throws Exception {
        try (var connection = migrated.dataSource().getConnection()) {
            return connection.isValid(1);
        }
    }

    private ClinicHostContext host(ClinicDatabase database) {
        return new ClinicHostContext(database.dataSource(), Clock.systemUTC(), SupervisionEventListener.NONE, dataDir);
    }
}
