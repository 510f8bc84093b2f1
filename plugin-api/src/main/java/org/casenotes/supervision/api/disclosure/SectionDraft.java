package org.casenotes.supervision.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casenotes.supervision.api.error.FieldProblem;

/**
 * A self-disclosure section the clinician saved unfinished: the document as typed, with every
 * problem it still has. A note with a draft cannot be submitted; saving the section complete
 * ({@link Disclosures#save}) removes the draft.
 *
 * @param noteId the host's note id
 * @param clientId the host's id of the note's client
 * @param clinicianId the note's clinician
 * @param sessionDate the day of the session
 * @param version the draft's optimistic version; pass it back as the expected version of the
 *     next draft save
 * @param draftJson the document as saved (any JSON object)
 * @param problems what is still missing or wrong, as a save would report it; empty when the
 *     draft is complete and only needs saving as the section
 * @param savedAt when the draft was last saved
 */
public record SectionDraft(String noteId, String clientId, String clinicianId, LocalDate sessionDate,
        long version, String draftJson, List<FieldProblem> problems, Instant savedAt) {

    /** Checks that nothing is null and copies the problems. */
    public SectionDraft {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(draftJson, "draftJson");
        Objects.requireNonNull(savedAt, "savedAt");
        problems = List.copyOf(problems);
    }

    /**
     * Tells whether the draft has no problems left.
     *
     * @return {@code true} when it could be saved as the section
     */
    public boolean complete() {
        return problems.isEmpty();
    }
}
