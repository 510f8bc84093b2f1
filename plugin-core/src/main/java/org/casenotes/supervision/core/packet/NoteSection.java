package org.casenotes.supervision.core.packet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casenotes.supervision.api.disclosure.Flag;

/**
 * One progress note as the packet shows it.
 *
 * @param noteId the host's note id
 * @param sessionDate the session date
 * @param clinician the clinician's display name
 * @param client the client as the identity mode allows: a code, initials or the full name,
 *     already resolved by the caller
 * @param reviewState the note's review state, as the packet shows it
 * @param disclosures the self-disclosure entries; empty when none was made this session
 * @param flags the flags raised on the section
 * @param comments the review comment threads, oldest first
 * @param history the review state changes, oldest first
 * @param documented {@code false} for a note submitted without a self-disclosure section
 */
public record NoteSection(String noteId, LocalDate sessionDate, String clinician, String client,
        String reviewState, List<DisclosureEntry> disclosures, List<Flag> flags,
        List<Comment> comments, List<StateChange> history, boolean documented) {

    /** Checks that nothing is null and copies the lists. */
    public NoteSection {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(clinician, "clinician");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(reviewState, "reviewState");
        disclosures = List.copyOf(disclosures);
        flags = List.copyOf(flags);
        comments = List.copyOf(comments);
        history = List.copyOf(history);
    }

    /**
     * A documented note.
     *
     * @param noteId the note id
     * @param sessionDate the session date
     * @param clinician the clinician's name
     * @param client the client as shown
     * @param reviewState the review state
     * @param disclosures the entries
     * @param flags the flags
     * @param comments the comment threads
     * @param history the state changes
     */
    public NoteSection(String noteId, LocalDate sessionDate, String clinician, String client, String reviewState,
            List<DisclosureEntry> disclosures, List<Flag> flags, List<Comment> comments, List<StateChange> history) {
        this(noteId, sessionDate, clinician, client, reviewState, disclosures, flags, comments, history, true);
    }
}
