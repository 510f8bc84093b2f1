package org.casenotes.supervision.api.loader;

import java.util.Objects;

/**
 * Why a plugin (or a file in the plugins folder) cannot be used, as a kind a host can switch
 * on and one line a person can act on: it names the file and, where there is one, the fix.
 *
 * @param kind what went wrong
 * @param message one line without a stack trace, such as {@code requires host API >=2.0.0
 *     & <3.0.0, this host offers 1.0.0}
 */
public record PluginProblem(Kind kind, String message) {

    /** What went wrong. */
    public enum Kind {
        /** The plugins folder does not exist or cannot be read. */
        FOLDER_MISSING,
        /** The folder holds no {@code supervision-review} plugin. */
        NO_PLUGIN,
        /** A zip cannot be opened or has no {@code plugin.properties}; the message names the file. */
        CORRUPT_ZIP,
        /** The plugin's {@code Plugin-Requires} range does not include this host's API version. */
        VERSION_MISMATCH,
        /** The plugin threw while starting; the message gives the root cause. */
        START_FAILED,
        /** Two files hold the same plugin id; the message names both. */
        DUPLICATE_ID,
        /** A zip's extracted folder holds another version than the zip; PF4J would run the folder. */
        STALE_FOLDER,
        /** A folder left from a removed zip sits beside a zip of the same plugin. */
        LEFTOVER_FOLDER,
        /** The plugin started but does not provide exactly one module provider. */
        NO_EXTENSION,
        /** The plugin is loaded but PF4J did not start it (disabled, or a dependency missing). */
        NOT_STARTED
    }

    /**
     * Checks that both parts are present.
     *
     * @throws NullPointerException when either is null
     */
    public PluginProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
