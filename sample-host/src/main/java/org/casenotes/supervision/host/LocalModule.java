package org.casenotes.supervision.host;

import java.nio.file.Files;
import java.time.Clock;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
import org.casenotes.supervision.host.clinic.ClinicSchema;
import org.casenotes.supervision.host.plugin.PluginHost;
import org.casenotes.supervision.host.plugin.PluginStatus;

/**
 * The database, the plugins and the supervision module, booted for one command the way the
 * server boots them, and closed after it.
 */
final class LocalModule implements AutoCloseable {

    private final ClinicDatabase database;
    private final PluginHost plugins;
    private final SupervisionModule module;

    private LocalModule(ClinicDatabase database, PluginHost plugins, SupervisionModule module) {
        this.database = database;
        this.plugins = plugins;
        this.module = module;
    }

    /**
     * Opens the host's database and creates the supervision module.
     *
     * @param options where things are
     * @return the open module
     * @throws IllegalStateException with a one-line reason when the plugin is unavailable
     * @throws Exception when the database cannot be opened
     */
    static LocalModule open(HostOptions options) throws Exception {
        Files.createDirectories(options.dataDir);
        ClinicDatabase database = ClinicDatabase.open(options.databaseUrl());
        PluginHost plugins = null;
        try {
            ClinicSchema.create(database.dataSource());
            plugins = PluginHost.start(options.pluginsDir());
            if (plugins.supervision().isEmpty()) {
                throw new IllegalStateException(plugins.statuses().stream().map(PluginStatus::line)
                        .reduce((a, b) -> a + "; " + b).orElse("supervision-review plugin not loaded"));
            }
            SupervisionModule module = plugins.supervision().get().create(new ClinicHostContext(
                    database.dataSource(), Clock.systemDefaultZone(), SupervisionEventListener.NONE));
            return new LocalModule(database, plugins, module);
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

    @Override
    public void close() throws Exception {
        module.close();
        plugins.close();
        database.close();
    }
}
