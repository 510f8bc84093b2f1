package org.casenotes.supervision.host.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.casenotes.supervision.api.ApiVersion;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Boots PF4J the way the sample host does, in named steps: check the folder, set the API
 * version, load, start, find the supervision extension.
 *
 * <p>Expected faults (missing folder, corrupt zip, version that does not fit, a plugin that
 * throws on start) never stop the host: they become one-line {@link PluginStatus} reasons.
 */
public final class PluginHost implements AutoCloseable {

    /** The id of the plugin that provides the supervision features. */
    public static final String SUPERVISION_PLUGIN_ID = "supervision-review";

    private final PluginManager manager;
    private final List<PluginStatus> statuses;
    private final SupervisionModuleProvider provider;

    private PluginHost(PluginManager manager, List<PluginStatus> statuses,
            SupervisionModuleProvider provider) {
        this.manager = manager;
        this.statuses = List.copyOf(statuses);
        this.provider = provider;
    }

    /**
     * Loads and starts every plugin in a folder.
     *
     * @param pluginsDir the plugins folder
     * @return the loaded plugins and their statuses
     */
    public static PluginHost start(Path pluginsDir) {
        List<PluginStatus> statuses = new ArrayList<>();
        if (!Files.isDirectory(pluginsDir)) {
            statuses.add(new PluginStatus(SUPERVISION_PLUGIN_ID, "-", "MISSING",
                    "plugins folder " + pluginsDir.toAbsolutePath() + " does not exist"));
            return new PluginHost(null, statuses, null);
        }
        reportUnreadableArchives(pluginsDir, statuses);
        DefaultPluginManager manager = new DefaultPluginManager(pluginsDir);
        manager.setSystemVersion(ApiVersion.current());
        manager.loadPlugins();
        manager.startPlugins();

        SupervisionModuleProvider provider = null;
        for (PluginWrapper plugin : manager.getPlugins()) {
            statuses.add(statusOf(manager, plugin));
        }
        PluginWrapper supervision = manager.getPlugin(SUPERVISION_PLUGIN_ID);
        if (supervision != null && supervision.getPluginState() == PluginState.STARTED) {
            List<SupervisionModuleProvider> found =
                    manager.getExtensions(SupervisionModuleProvider.class, SUPERVISION_PLUGIN_ID);
            if (found.size() == 1) {
                provider = found.get(0);
            } else {
                statuses.replaceAll(s -> s.id().equals(SUPERVISION_PLUGIN_ID)
                        ? new PluginStatus(s.id(), s.version(), s.state(),
                                found.size() + " SupervisionModuleProvider extensions found, expected 1")
                        : s);
            }
        } else if (supervision == null && statuses.stream().noneMatch(
                s -> s.id().equals(SUPERVISION_PLUGIN_ID))) {
            statuses.add(new PluginStatus(SUPERVISION_PLUGIN_ID, "-", "MISSING",
                    "no supervision-review plugin in " + pluginsDir.toAbsolutePath()));
        }
        return new PluginHost(manager, statuses, provider);
    }

    /**
     * What became of each plugin and each unreadable file.
     *
     * @return the statuses, in folder order
     */
    public List<PluginStatus> statuses() {
        return statuses;
    }

    /**
     * The supervision extension, when the plugin started and provides exactly one.
     *
     * @return the provider, or empty when the supervision features are unavailable
     */
    public Optional<SupervisionModuleProvider> supervision() {
        return Optional.ofNullable(provider);
    }

    /** Stops and unloads every plugin. */
    @Override
    public void close() {
        if (manager == null) {
            return;
        }
        // PF4J 3.15's stopPlugins() modifies the list it iterates; stop one at a time instead,
        // in reverse start order.
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            manager.stopPlugin(plugin.getPluginId());
        }
        for (PluginWrapper plugin : new ArrayList<>(manager.getPlugins())) {
            manager.unloadPlugin(plugin.getPluginId());
        }
    }

    private static PluginStatus statusOf(PluginManager manager, PluginWrapper plugin) {
        String reason = "";
        PluginState state = plugin.getPluginState();
        if (state != PluginState.STARTED) {
            reason = reasonFor(manager, plugin);
        }
        return new PluginStatus(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                state.name(), reason);
    }

    private static String reasonFor(PluginManager manager, PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        if (requires != null && !requires.isBlank() && !"*".equals(requires.strip())
                && !manager.getVersionManager().checkVersionConstraint(manager.getSystemVersion(), requires)) {
            return "requires host API " + requires.strip() + ", this host offers " + manager.getSystemVersion();
        }
        Throwable failure = plugin.getFailedException();
        if (failure != null) {
            return "failed to start: " + rootMessage(failure);
        }
        return "not started (" + plugin.getPluginState().name().toLowerCase() + ")";
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " " + message.lines().findFirst().orElse(""));
    }

    /** PF4J skips a zip it cannot expand; the host says so in one line. */
    private static void reportUnreadableArchives(Path pluginsDir, List<PluginStatus> statuses) {
        try (Stream<Path> files = Files.list(pluginsDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted().toList()) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    if (zip.getEntry("plugin.properties") == null) {
                        throw new IOException("it has no plugin.properties");
                    }
                } catch (IOException e) {
                    statuses.add(new PluginStatus(file.getFileName().toString(), "-", "FAILED",
                            "not a readable plugin zip: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            statuses.add(new PluginStatus(SUPERVISION_PLUGIN_ID, "-", "MISSING",
                    "plugins folder " + pluginsDir.toAbsolutePath() + " cannot be read: " + e.getMessage()));
        }
    }
}
