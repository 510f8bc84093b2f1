package org.casenotes.supervision.host;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.host.clinic.AuditCheckpoint;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
import org.casenotes.supervision.host.plugin.PluginHost;
import org.casenotes.supervision.host.plugin.PluginStatus;

/**
 * What a CLI command that uses the supervision module opens, and closes again in reverse:
 * database, plugins, module. Closing takes an audit checkpoint first.
 */
final class ModuleSession implements AutoCloseable {

    private final ClinicDatabase database;
    private final PluginHost plugins;
    private final SupervisionModule module;

    private ModuleSession(ClinicDatabase database, PluginHost plugins, SupervisionModule module) {
        this.database = database;
        this.plugins = plugins;
        this.module = module;
    }

    /**
     * Opens everything.
     *
     * @throws IllegalStateException with a one-line reason when the module is unavailable
     */
    static ModuleSession open(HostOptions options) throws IOException {
        Files.createDirectories(options.dataDir);
        ClinicDatabase database = ClinicDatabase.open(options.databaseUrl());
        PluginHost plugins = PluginHost.start(options.pluginsDir());
        try {
            if (plugins.supervision().isEmpty()) {
                throw new IllegalStateException(plugins.statuses().stream()
                        .filter(s -> !s.reason().isEmpty()).map(PluginStatus::line).findFirst()
                        .orElse("supervision-review plugin not loaded"));
            }
            SupervisionModule module = plugins.supervision().get().create(new ClinicHostContext(
                    database.dataSource(), Clock.systemDefaultZone(), SupervisionEventListener.NONE, options.dataDir));
            return new ModuleSession(database, plugins, module);
        } catch (RuntimeException e) {
            plugins.close();
            closeQuietly(database);
            throw e;
        }
    }

    SupervisionModule module() {
        return module;
    }

    @Override
    public void close() {
        AuditCheckpoint.takeBeforeClosing(module);
        module.close();
        plugins.close();
        closeQuietly(database);
    }

    private static void closeQuietly(ClinicDatabase database) {
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("database did not close cleanly: " + e.getMessage());
        }
    }
}
