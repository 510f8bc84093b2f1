package org.casenotes.supervision.api.disclosure;

import java.util.Objects;
import java.util.Optional;

/**
 * The clinician's screen of one risk for one disclosure entry.
 *
 * @param level no, possible or yes
 * @param note an optional note on the risk, or {@code null}
 */
public record RiskAnswer(RiskLevel level, String note) {

    /** Checks that the level is present. */
    public RiskAnswer {
        Objects.requireNonNull(level, "level");
    }

    /**
     * The note, when one was written.
     *
     * @return the note, or empty
     */
    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }
}
