package org.casenotes.supervision.host.plugin;

/**
 * What became of one plugin (or one file in the plugins folder) at start-up.
 *
 * @param id the plugin id, or the file name when the file could not be read as a plugin
 * @param version the plugin's version, or {@code "-"} when unknown
 * @param state PF4J's state name (STARTED, FAILED, DISABLED, …)
 * @param reason why the plugin is not usable, in one line; empty when it is
 */
public record PluginStatus(String id, String version, String state, String reason) {

    /** What a person reads for each state; the loader's own codes stay in {@link #state()}. */
    private static final java.util.Map<String, String> WORDS = java.util.Map.of(
            "STARTED", "running",
            "CREATED", "loaded, not started",
            "RESOLVED", "loaded, not started",
            "DISABLED", "disabled",
            "STOPPED", "stopped",
            "FAILED", "failed to start",
            "UNLOADED", "unloaded",
            "REFUSED", "not loaded",
            "MISSING", "not available");

    /**
     * Formats the status as the {@code plugins} command prints it: the id, the version when
     * known, the state in words and the reason, such as {@code supervision-review 0.1.0 running}
     * or {@code supervision-review-0.2.0.zip not loaded: ... is not a readable plugin zip ...}.
     *
     * @return one line
     */
    public String line() {
        String base = id + ("-".equals(version) ? "" : " " + version) + " " + words(state);
        return reason.isEmpty() ? base : base + ": " + reason;
    }

    /**
     * The words for a loader state.
     *
     * @param state a PF4J state name or the loader's {@code REFUSED} / {@code MISSING}
     * @return lower-case words, never the constant itself
     */
    static String words(String state) {
        return WORDS.getOrDefault(state, state.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
