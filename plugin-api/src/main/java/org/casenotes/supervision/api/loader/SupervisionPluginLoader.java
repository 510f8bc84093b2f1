package org.casenotes.supervision.api.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.ApiVersion;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The one call a host makes to get the supervision features out of a plugins folder, in the
 * steps of PF4J's own demo: check the folder, set this API's version as PF4J's system version
 * (without it PF4J skips the {@code Plugin-Requires} check), load, start, find the provider.
 *
 * <pre>{@code
 * try (LoadedPlugins plugins = SupervisionPluginLoader.load(Path.of("plugins"))) {
 *     SupervisionModuleProvider provider = plugins.provider().orElseThrow(() ->
 *             new IllegalStateException(plugins.whyUnavailable().orElseThrow().message()));
 *     try (SupervisionModule module = provider.create(hostContext)) {
 *         // serve requests
 *     }
 * }
 * }</pre>
 *
 * <p>Every expected fault (missing folder, corrupt zip, version range, failure on start,
 * duplicate id, stale or left-over extracted folder) is returned as a {@link PluginProblem},
 * never thrown; PF4J logs its own details through SLF4J under {@code org.pf4j}. Stateless and
 * thread-safe; each call makes its own PF4J plugin manager.
 */
public final class SupervisionPluginLoader {

    /** The id of the plugin that provides the supervision features. */
    public static final String PLUGIN_ID = "supervision-review";

    private SupervisionPluginLoader() {
    }

    /**
     * Loads and starts the plugins in a folder and finds the supervision provider.
     *
     * @param pluginsFolder the folder with {@code supervision-review-<version>.zip}
     * @return the loaded plugins: the provider, or why it is unavailable; close it at shutdown
     */
    public static LoadedPlugins load(Path pluginsFolder) {
        Path folder = pluginsFolder.toAbsolutePath();
        List<PluginReport> reports = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return unavailable(reports, PluginProblem.Kind.FOLDER_MISSING, "plugins folder " + folder
                    + " does not exist; create it and put " + PLUGIN_ID + "-<version>.zip in it, or start the host"
                    + " with the folder that holds the zip");
        }
        PluginFolder contents;
        try {
            contents = PluginFolder.read(folder);
        } catch (IOException e) {
            return unavailable(reports, PluginProblem.Kind.FOLDER_MISSING,
                    "plugins folder " + folder + " cannot be read: " + e.getMessage());
        }
        reports.addAll(contents.refused());
        Optional<PluginReport> refusedSupervision = contents.refused().stream()
                .filter(r -> r.id().equals(PLUGIN_ID)).findFirst();
        if (refusedSupervision.isPresent()) {
            // PF4J would run the stale or duplicate copy; nothing is loaded until the folder is fixed.
            return new LoadedPlugins(null, reports, null, refusedSupervision.get().problem().orElseThrow());
        }
        DefaultPluginManager manager = new CheckedPluginManager(folder, contents.unreadable());
        manager.setSystemVersion(ApiVersion.current());
        manager.loadPlugins();
        manager.startPlugins();
        for (PluginWrapper plugin : manager.getPlugins()) {
            reports.add(PluginReports.of(manager, plugin));
        }
        return withProvider(manager, reports, folder);
    }

    private static LoadedPlugins withProvider(PluginManager manager, List<PluginReport> reports, Path folder) {
        PluginWrapper supervision = manager.getPlugin(PLUGIN_ID);
        if (supervision == null) {
            PluginProblem why = reports.stream().flatMap(r -> r.problem().stream())
                    .filter(p -> p.kind() == PluginProblem.Kind.CORRUPT_ZIP).findFirst()
                    .orElse(new PluginProblem(PluginProblem.Kind.NO_PLUGIN, "no " + PLUGIN_ID + " plugin in " + folder
                            + "; put " + PLUGIN_ID + "-<version>.zip there"));
            if (why.kind() == PluginProblem.Kind.NO_PLUGIN) {
                reports.add(new PluginReport(PLUGIN_ID, "-", "MISSING", Optional.of(why)));
            }
            return new LoadedPlugins(manager, reports, null, why);
        }
        PluginReport report = reports.stream().filter(r -> r.id().equals(PLUGIN_ID)).findFirst().orElseThrow();
        if (supervision.getPluginState() != PluginState.STARTED) {
            return new LoadedPlugins(manager, reports, null, report.problem().orElseThrow());
        }
        List<SupervisionModuleProvider> found = manager.getExtensions(SupervisionModuleProvider.class, PLUGIN_ID);
        if (found.size() != 1) {
            PluginProblem why = new PluginProblem(PluginProblem.Kind.NO_EXTENSION,
                    found.size() + " SupervisionModuleProvider extensions found, expected 1");
            reports.replaceAll(r -> r == report ? new PluginReport(r.id(), r.version(), r.state(), Optional.of(why)) : r);
            return new LoadedPlugins(manager, reports, null, why);
        }
        return new LoadedPlugins(manager, reports, found.get(0), null);
    }

    private static LoadedPlugins unavailable(List<PluginReport> reports, PluginProblem.Kind kind, String message) {
        PluginProblem problem = new PluginProblem(kind, message);
        reports.add(new PluginReport(PLUGIN_ID, "-", "MISSING", Optional.of(problem)));
        return new LoadedPlugins(null, reports, null, problem);
    }
}
