package org.casenotes.supervision.host.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.api.loader.LoadedPlugins;
import org.casenotes.supervision.api.loader.PluginProblem;
import org.casenotes.supervision.api.loader.SupervisionPluginLoader;

/**
 * The sample host's plugins: loaded through the plugin API's {@link SupervisionPluginLoader},
 * which sets the API version, loads and starts the folder and says why the supervision
 * features are unavailable when they are.
 *
 * <p>Expected faults (missing folder, corrupt zip, version that does not fit, a plugin that
 * throws on start, duplicates, stale folders) never stop the host: they become one-line
 * {@link PluginStatus} reasons.
 */
public final class PluginHost implements AutoCloseable {

    /** The id of the plugin that provides the supervision features. */
    public static final String SUPERVISION_PLUGIN_ID = SupervisionPluginLoader.PLUGIN_ID;

    private final LoadedPlugins loaded;
    private final List<PluginStatus> statuses;

    private PluginHost(LoadedPlugins loaded) {
        this.loaded = loaded;
        this.statuses = loaded.reports().stream().map(r -> new PluginStatus(r.id(), r.version(), r.state(),
                r.problem().map(PluginProblem::message).orElse(""))).toList();
    }

    /**
     * Loads and starts every plugin in a folder.
     *
     * @param pluginsDir the plugins folder
     * @return the loaded plugins and their statuses
     */
    public static PluginHost start(Path pluginsDir) {
        return new PluginHost(SupervisionPluginLoader.load(pluginsDir));
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
        return loaded.provider();
    }

    /**
     * Why the supervision features are unavailable, in one line.
     *
     * @return the loader's reason, or empty when the provider is there
     */
    public Optional<String> whyUnavailable() {
        return loaded.whyUnavailable().map(PluginProblem::message);
    }

    /** Stops and unloads every plugin (one at a time: see {@link LoadedPlugins#close()}). */
    @Override
    public void close() {
        loaded.close();
    }
}
