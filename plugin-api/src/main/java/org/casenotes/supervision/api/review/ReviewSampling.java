package org.casenotes.supervision.api.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;

/**
 * Which notes need a co-sign under the policy's sampling ({@code "coSign": {"scope", "samplePercent"}}),
 * decided when a note is first submitted and kept, and the report of what was sampled and why.
 * Readers are those who may read the note's review (for a selection) or supervise the clinician
 * (for a report); others get {@link org.casenotes.supervision.api.error.ForbiddenException}.
 * Thread-safe.
 */
public interface ReviewSampling {

    /**
     * A note's selection.
     *
     * @param actor the reader
     * @param noteId the note
     * @return the selection, or empty while the note was never submitted
     */
    Optional<CoSignSelection> selection(Actor actor, String noteId);

    /**
     * A clinician's selections for the notes first submitted in a period, with the achieved rate.
     *
     * @param supervisor a current supervisor of the clinician
     * @param clinicianId the clinician
     * @param from the first day
     * @param to the last day, not before {@code from}, at most 366 days after it
     * @return the report
     * @throws org.casenotes.supervision.api.error.ValidationException when the period is reversed
     *     or too long
     */
    SamplingReport report(Actor supervisor, String clinicianId, LocalDate from, LocalDate to);

    /**
     * The selections of the notes of a queue page, so the page can say why each note waits for a
     * co-sign. Every note must be of a clinician the supervisor supervises now.
     *
     * @param supervisor a current supervisor of every note's clinician
     * @param noteIds the notes, at most {@link QueueQuery#MAX_PAGE_SIZE}
     * @return the selection per note id; a note never submitted (or submitted before selections
     *     were kept) has none
     * @throws org.casenotes.supervision.api.error.ForbiddenException when a note's clinician is
     *     not the supervisor's supervisee now
     * @throws org.casenotes.supervision.api.error.ValidationException when more notes are named
     *     than a page holds
     */
    default Map<String, CoSignSelection> selections(Actor supervisor, Collection<String> noteIds) {
        if (noteIds.size() > QueueQuery.MAX_PAGE_SIZE) {
            throw org.casenotes.supervision.api.error.ValidationException.of("/noteIds", "too-many",
                    "name at most " + QueueQuery.MAX_PAGE_SIZE + " notes");
        }
        Map<String, CoSignSelection> out = new LinkedHashMap<>();
        for (String noteId : noteIds) {
            selection(supervisor, noteId).ifPresent(s -> out.put(noteId, s));
        }
        return out;
    }
}
