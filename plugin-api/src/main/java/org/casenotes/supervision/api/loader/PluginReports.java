package org.casenotes.supervision.api.loader;

import java.util.Optional;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** Turns what PF4J knows of one loaded plugin into a report with a one-line reason. */
final class PluginReports {

    private PluginReports() {
    }

    static PluginReport of(PluginManager manager, PluginWrapper plugin) {
        PluginState state = plugin.getPluginState();
        Optional<PluginProblem> problem = state == PluginState.STARTED ? Optional.empty()
                : Optional.of(problemOf(manager, plugin));
        return new PluginReport(plugin.getPluginId(), plugin.getDescriptor().getVersion(), state.name(), problem);
    }

    private static PluginProblem problemOf(PluginManager manager, PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        if (requires != null && !requires.isBlank() && !"*".equals(requires.strip())
                && !manager.getVersionManager().checkVersionConstraint(manager.getSystemVersion(), requires)) {
            return new PluginProblem(PluginProblem.Kind.VERSION_MISMATCH, "requires host API " + requires.strip()
                    + ", this host offers " + manager.getSystemVersion() + "; use a plugin release for this host");
        }
        Throwable failure = plugin.getFailedException();
        if (failure != null) {
            return new PluginProblem(PluginProblem.Kind.START_FAILED, "failed to start: " + rootMessage(failure));
        }
        return new PluginProblem(PluginProblem.Kind.NOT_STARTED,
                "not started (" + plugin.getPluginState().name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    /**
     * The root cause of a failure as one line: its simple class name and first message line.
     *
     * @param failure the failure
     * @return the line
     */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " " + message.lines().findFirst().orElse(""));
    }
}
