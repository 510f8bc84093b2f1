package org.casenotes.supervision.api.disclosure;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A point a supervisor should look at, raised by one rule on a self-disclosure section.
 *
 * @param ruleId the stable id of the rule, such as {@code motive} or {@code pattern}
 * @param severity how much attention it asks for
 * @param explanation a sentence a supervisor can read; never contains client-identifying text
 * @param entryIndex the disclosure entry it concerns (0-based), or {@code -1} for the whole
 *     section
 */
public record Flag(String ruleId, Severity severity, String explanation, int entryIndex) {

    /** Checks that nothing is null and the index is -1 or more. */
    public Flag {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
        if (entryIndex < -1) {
            throw new IllegalArgumentException("entryIndex must be -1 or a valid index");
        }
    }

    /**
     * The entry the flag concerns.
     *
     * @return the entry index, or empty when the flag concerns the whole section
     */
    public OptionalInt entry() {
        return entryIndex < 0 ? OptionalInt.empty() : OptionalInt.of(entryIndex);
    }
}
