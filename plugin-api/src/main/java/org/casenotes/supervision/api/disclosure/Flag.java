package org.casenotes.supervision.api.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A point a supervisor should look at, raised by one rule on a self-disclosure section.
 *
 * <p>The explanation is stored in English; {@code messageKey} and {@code arguments} let any
 * language render it again through {@link org.casenotes.supervision.api.Vocabulary#explain}.
 *
 * @param ruleId the stable id of the rule, such as {@code motive} or {@code pattern}
 * @param severity how much attention it asks for
 * @param explanation a sentence a supervisor can read, in English; never contains
 *     client-identifying text
 * @param entryIndex the disclosure entry it concerns (0-based), or {@code -1} for the whole
 *     section
 * @param messageKey the key of the explanation in the plugin's vocabulary, such as
 *     {@code flag.pattern}; {@code null} for flags stored before explanations had keys
 * @param arguments the values the message is filled with, as text; an argument written
 *     {@code @EnumName:A,B} names constants of that enum and is rendered as their labels
 */
public record Flag(String ruleId, Severity severity, String explanation, int entryIndex, String messageKey,
        List<String> arguments) {

    /** Checks that nothing required is null, the index is -1 or more, and copies the arguments. */
    public Flag {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        if (entryIndex < -1) {
            throw new IllegalArgumentException("entryIndex must be -1 or a valid index");
        }
    }

    /**
     * A flag with an explanation only, which every language shows as written.
     *
     * @param ruleId the rule's id
     * @param severity the severity
     * @param explanation the sentence
     * @param entryIndex the entry, or -1
     */
    public Flag(String ruleId, Severity severity, String explanation, int entryIndex) {
        this(ruleId, severity, explanation, entryIndex, null, List.of());
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
