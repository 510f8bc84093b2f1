package org.casenotes.supervision.api.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which of a clinician's notes first submitted in a period needed a co-sign and why, and the
 * sample rate achieved among the notes that were drawn.
 *
 * @param clinicianId the clinician
 * @param from the first day, in the practice's time zone
 * @param to the last day
 * @param selections one per note, in order of first submission
 * @param drawn how many notes were drawn for the sample (reason SAMPLED or NOT_SAMPLED)
 * @param sampled how many of those fell in the sample
 * @param achievedPercent {@code sampled / drawn} as a percentage with one decimal, or {@code null}
 *     when no note was drawn
 */
public record SamplingReport(String clinicianId, LocalDate from, LocalDate to, List<CoSignSelection> selections,
        int drawn, int sampled, Double achievedPercent) {

    /** Checks the fields and copies the list. */
    public SamplingReport {
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        selections = List.copyOf(selections);
    }
}
