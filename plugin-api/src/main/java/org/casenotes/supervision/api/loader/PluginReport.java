package org.casenotes.supervision.api.loader;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one plugin, or of one file in the plugins folder that is not a usable plugin.
 *
 * @param id the plugin id, or the file name when the file could not be read as a plugin
 * @param version the plugin's version, or {@code "-"} when unknown
 * @param state PF4J's state name ({@code STARTED}, {@code FAILED}, {@code DISABLED}, ...) or
 *     {@code MISSING}/{@code REFUSED} for what PF4J was never given
 * @param problem why it cannot be used; empty when it is started and usable
 */
public record PluginReport(String id, String version, String state, Optional<PluginProblem> problem) {

    /**
     * Checks that nothing is null.
     *
     * @throws NullPointerException when any part is null
     */
    public PluginReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * The report in one line: {@code id version STATE} and, when there is one, {@code : reason}.
     *
     * @return the line
     */
    public String line() {
        String base = id + " " + version + " " + state;
        return problem.map(p -> base + ": " + p.message()).orElse(base);
    }
}
