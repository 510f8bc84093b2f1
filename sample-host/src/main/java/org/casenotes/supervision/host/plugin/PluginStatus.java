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

    /**
     * Formats the status as the {@code plugins} command prints it.
     *
     * @return one line
     */
    public String line() {
        String base = id + " " + version + " " + state;
        return reason.isEmpty() ? base : base + ": " + reason;
    }
}
