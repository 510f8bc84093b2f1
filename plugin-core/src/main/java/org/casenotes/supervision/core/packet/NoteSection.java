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
 * @param changedAfterCoSign whether the note or its section changed after it was co-signed
 * @param signatures the note's electronic co-signatures (its review's and its addenda's), oldest first
 * @param part2 whether the host marks the note as 42 CFR Part 2 material
 */
public record NoteSection(String noteId, LocalDate sessionDate, String clinician, String client,
        String reviewState, List<DisclosureEntry> disclosures, List<Flag> flags,
        List<Comment> comments, List<StateChange> history, boolean documented,
        boolean changedAfterCoSign, List<ElectronicSignature> signatures, boolean part2) {

    /**
     * A note section without signatures, not Part 2 material.
     *
     * @param noteId the host's note id
     * @param sessionDate the session date
     * @param clinician the clinician's display name
     * @param client the client as the identity mode allows
     * @param reviewState the review state as shown
     * @param disclosures the self-disclosure entries
     * @param flags the flags
     * @param comments the comment threads
     * @param history the state changes
     * @param documented {@code false} for a note submitted without a self-disclosure section
     * @param changedAfterCoSign whether the note or its section changed after it was co-signed
     */
    public NoteSection(String noteId, LocalDate sessionDate, String clinician, String client,
            String reviewState, List<DisclosureEntry> disclosures, List<Flag> flags,
            List<Comment> comments, List<StateChange> history, boolean documented,
            boolean changedAfterCoSign) {
        this(noteId, sessionDate, clinician, client, reviewState, disclosures, flags, comments,
                history, documented, changedAfterCoSign, List.of(), false);
    }

    /**
     * A note section not changed after a co-sign.
     *
     * @param noteId the host's note id
     * @param sessionDate the session date
     * @param clinician the clinician's display name
     * @param client the client as the identity mode allows
     * @param reviewState the review state as shown
     * @param disclosures the self-disclosure entries
     * @param flags the flags
     * @param comments the comment threads
     * @param history the state changes
     * @param documented {@code false} for a note submitted without a self-disclosure section
     */
    public NoteSection(String noteId, LocalDate sessionDate, String clinician, String client,
            String reviewState, List<DisclosureEntry> disclosures, List<Flag> flags,
            List<Comment> comments, List<StateChange> history, boolean documented) {
        this(noteId, sessionDate, clinician, client, reviewState, disclosures, flags, comments,
                history, documented, false);
    }

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
        signatures = List.copyOf(signatures);
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
