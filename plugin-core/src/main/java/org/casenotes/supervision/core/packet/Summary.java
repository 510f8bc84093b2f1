package org.casenotes.supervision.core.packet;

import java.time.Duration;
import java.util.List;

/**
 * The packet's summary figures. Lists keep the caller's order, which the packet shows as is.
 *
 * @param notesByState notes in the period per review state
 * @param notesWithDisclosures notes that have at least one self-disclosure entry
 * @param disclosuresByType disclosure entries per type (drawn as a bar chart)
 * @param flagsByRule flags per rule id
 * @param medianCoSignTurnaround the median time from submission to co-sign, or {@code null}
 *     when nothing was co-signed
 * @param overdue notes past their co-sign due date
 * @param changedAfterCoSign co-signed notes whose note or section changed after the co-sign
 */
public record Summary(List<Count> notesByState, long notesWithDisclosures,
        List<Count> disclosuresByType, List<Count> flagsByRule, Duration medianCoSignTurnaround,
        long overdue, long changedAfterCoSign) {

    /**
     * A summary with no note changed after its co-sign.
     *
     * @param notesByState notes per review state
     * @param notesWithDisclosures notes with self-disclosures
     * @param disclosuresByType entries per type
     * @param flagsByRule flags per rule
     * @param medianCoSignTurnaround median turnaround or {@code null}
     * @param overdue overdue notes
     */
    public Summary(List<Count> notesByState, long notesWithDisclosures,
            List<Count> disclosuresByType, List<Count> flagsByRule,
            Duration medianCoSignTurnaround, long overdue) {
        this(notesByState, notesWithDisclosures, disclosuresByType, flagsByRule,
                medianCoSignTurnaround, overdue, 0);
    }

    /** Copies the lists. */
    public Summary {
        notesByState = List.copyOf(notesByState);
        disclosuresByType = List.copyOf(disclosuresByType);
        flagsByRule = List.copyOf(flagsByRule);
    }
}
