package org.casenotes.supervision.host.web;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.host.clinic.AuditCheckpoint;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
import org.casenotes.supervision.host.plugin.PluginHost;
import org.casenotes.supervision.host.plugin.PluginStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running host, booted in named steps: open the database, load the plugins, create the
 * supervision module, start the web server. A plugin fault leaves the host running without
 * the supervision features.
 */
public final class ClinicServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicServer.class);

    /**
     * What the server is started with.
     *
     * @param dataDir the host's data folder
     * @param databaseUrl the JDBC URL
     * @param pluginsDir the plugins folder
     * @param port the HTTP port; 0 picks a free one
     */
    public record Settings(Path dataDir, String databaseUrl, Path pluginsDir, int port) {
    }

    private final ClinicDatabase database;
    private final PluginHost plugins;
    private final SupervisionModule module;
    private final String moduleFault;
    private final Javalin web;

    private ClinicServer(ClinicDatabase database, PluginHost plugins, SupervisionModule module,
            String moduleFault, Javalin web) {
        this.database = database;
        this.plugins = plugins;
        this.module = module;
        this.moduleFault = moduleFault;
        this.web = web;
    }

    /**
     * Starts the host.
     *
     * @param settings where things are
     * @return the running server
     * @throws Exception when the data folder or the web port cannot be used
     */
    public static ClinicServer start(Settings settings) throws Exception {
        Files.createDirectories(settings.dataDir());
        ClinicDatabase database = ClinicDatabase.open(settings.databaseUrl());
        PluginHost plugins = PluginHost.start(settings.pluginsDir());
        plugins.statuses().forEach(s -> LOG.info("plugin {}", s.line()));

        SupervisionModule module = null;
        String fault = null;
        if (plugins.supervision().isPresent()) {
            try {
                module = plugins.supervision().get().create(new ClinicHostContext(
                        database.dataSource(), Clock.systemDefaultZone(), SupervisionEventListener.NONE,
                        settings.dataDir()));
            } catch (SupervisionException e) {
                fault = e.getMessage();
            } catch (RuntimeException | LinkageError e) {
                fault = "the plugin failed while creating its module: " + PluginStatusText.of(e);
            }
        } else {
            fault = plugins.statuses().stream()
                    .filter(s -> s.id().equals(PluginHost.SUPERVISION_PLUGIN_ID) || !s.reason().isEmpty())
                    .map(PluginStatus::line).findFirst().orElse("supervision-review plugin not loaded");
        }
        if (fault != null) {
            LOG.warn("supervision features unavailable: {}", fault);
        }
        HealthRoutes health = new HealthRoutes(database, plugins, Optional.ofNullable(module), fault);
        Javalin web = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.port = settings.port();
            health.addTo(config.routes);
        }).start();
        return new ClinicServer(database, plugins, module, fault, web);
    }

    /**
     * The port the server listens on.
     *
     * @return the bound port
     */
    public int port() {
        return web.port();
    }

    /**
     * The supervision module, when the plugin is available.
     *
     * @return the module or empty
     */
    public Optional<SupervisionModule> module() {
        return Optional.ofNullable(module);
    }

    /**
     * Why the supervision features are unavailable.
     *
     * @return the one-line reason, or empty when they are available
     */
    public Optional<String> moduleFault() {
        return Optional.ofNullable(moduleFault);
    }

    @Override
    public void close() {
        web.stop();
        if (module != null) {
            AuditCheckpoint.takeBeforeClosing(module);
            module.close();
        }
        plugins.close();
        try {
            database.close();
        } catch (Exception e) {
            LOG.warn("database did not close cleanly: {}", e.getMessage());
        }
    }
}
