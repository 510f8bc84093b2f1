package org.casenotes.supervision.api.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * The plugins a host loaded with {@link SupervisionPluginLoader}: the supervision provider
 * when it is usable, otherwise why not, and a report for every plugin and refused file.
 *
 * <p>Lifecycle: loaded (after {@code load}) until {@link #close()}. Shut down in this order:
 * take what the host needs from its modules (an audit checkpoint), close every module, then
 * close this, which stops the plugins one at a time in reverse start order and unloads them.
 * (PF4J 3.15's own {@code stopPlugins()} changes the list it walks and throws {@code
 * ConcurrentModificationException} with more than one plugin started; do not call it.) The
 * plugin's {@code stop()} closes any module the host forgot. Not thread-safe: one thread loads
 * and closes.
 */
public final class LoadedPlugins implements AutoCloseable {

    private final PluginManager manager;
    private final List<PluginReport> reports;
    private final SupervisionModuleProvider provider;
    private final PluginProblem whyUnavailable;

    LoadedPlugins(PluginManager manager, List<PluginReport> reports, SupervisionModuleProvider provider,
            PluginProblem whyUnavailable) {
        this.manager = manager;
        this.reports = List.copyOf(reports);
        this.provider = provider;
        this.whyUnavailable = whyUnavailable;
    }

    /**
     * The supervision provider, when the plugin started and provides exactly one.
     *
     * @return the provider; empty exactly when {@link #whyUnavailable()} is present
     */
    public Optional<SupervisionModuleProvider> provider() {
        return Optional.ofNullable(provider);
    }

    /**
     * Why the supervision features are unavailable.
     *
     * @return the problem, or empty when the provider is present
     */
    public Optional<PluginProblem> whyUnavailable() {
        return Optional.ofNullable(whyUnavailable);
    }

    /**
     * What became of each plugin and each refused file, in folder order.
     *
     * @return the reports, one line each through {@link PluginReport#line()}
     */
    public List<PluginReport> reports() {
        return reports;
    }

    /**
     * PF4J's plugin manager, for hosts that load plugins of their own too.
     *
     * @return the manager, or empty when nothing was handed to PF4J
     */
    public Optional<PluginManager> manager() {
        return Optional.ofNullable(manager);
    }

    /** Stops the started plugins one at a time, in reverse start order, then unloads every plugin. */
    @Override
    public void close() {
        if (manager == null) {
            return;
        }
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            manager.stopPlugin(plugin.getPluginId());
        }
        for (PluginWrapper plugin : new ArrayList<>(manager.getPlugins())) {
            manager.unloadPlugin(plugin.getPluginId());
        }
    }
}
