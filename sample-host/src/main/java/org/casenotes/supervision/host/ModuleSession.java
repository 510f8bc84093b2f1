package org.casenotes.supervision.host;

import java.time.Clock;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.host.clinic.AuditCheckpoint;
import org.casenotes.supervision.host.clinic.AuditKeysRefused;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.DataFolder;
import org.casenotes.supervision.host.clinic.ClinicEventLog;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
import org.casenotes.supervision.host.clinic.ClinicSchema;
import org.casenotes.supervision.host.plugin.PluginHost;

/**
 * What a CLI command that uses the supervision module opens the way the server does, and
 * closes again in reverse: database, plugins, module. Closing takes an audit checkpoint first.
 */
final class ModuleSession implements AutoCloseable {

    private final ClinicDatabase database;
    private final PluginHost plugins;
    private final SupervisionModule module;
    private final java.nio.file.Path dataDir;

    private ModuleSession(ClinicDatabase database, PluginHost plugins, SupervisionModule module, java.nio.file.Path dataDir) {
        this.database = database;
        this.plugins = plugins;
        this.module = module;
        this.dataDir = dataDir;
    }

    /**
     * Opens the host's database and creates the supervision module.
     *
     * @param options where things are
     * @return the open session
     * @throws IllegalStateException with a one-line reason when the module is unavailable
     * @throws Exception when the data folder or database cannot be opened
     */
    static ModuleSession open(HostOptions options) throws Exception {
        DataFolder.prepare(options.dataDir);
        ClinicDatabase database = ClinicDatabase.open(options.databaseUrl());
        DataFolder.restrictFiles(options.dataDir);
        PluginHost plugins = null;
        try {
            ClinicSchema.create(database.dataSource());
            plugins = PluginHost.start(options.pluginsDir());
            if (plugins.supervision().isEmpty()) {
                throw new IllegalStateException(plugins.whyUnavailable().orElse("supervision-review plugin not loaded"));
            }
            SupervisionModule module = AuditKeysRefused.createModule(plugins.supervision().get(), new ClinicHostContext(
                    database.dataSource(), Clock.systemDefaultZone(), new ClinicEventLog(database.dataSource()), options.dataDir));
            return new ModuleSession(database, plugins, module, options.dataDir);
        } catch (Exception | LinkageError e) {
            if (plugins != null) {
                plugins.close();
            }
            database.close();
            throw e;
        }
    }

    ClinicDatabase database() {
        return database;
    }

    SupervisionModule module() {
        return module;
    }

    /** A second module over the same database whose host clock is the given one (demo replay). */
    SupervisionModule moduleOn(Clock clock) {
        return plugins.supervision().orElseThrow().create(new ClinicHostContext(
                database.dataSource(), clock, new ClinicEventLog(database.dataSource()), dataDir));
    }

    @Override
    public void close() {
        AuditCheckpoint.takeBeforeClosing(module);
        module.close();
        plugins.close();
        database.close();
    }
}
