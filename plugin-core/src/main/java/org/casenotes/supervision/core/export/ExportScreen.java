package org.casenotes.supervision.core.export;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.NoteProtection;
import org.casenotes.supervision.api.error.PolicyException;

/**
 * Screens the notes of one export by the protections the host gives them
 * ({@link NoteLookup#protections}): a psychotherapy note is left out and counted; a Part 2 note
 * is let in and makes the export carry the §2.32 redisclosure notice in force on the export's
 * day. One per export; not thread-safe.
 */
public final class ExportScreen {

    private final NoteLookup notes;
    private final String organisationId;
    private final LocalDate exportDay;
    private final RedisclosureNotices notices;
    private final Set<String> part2 = new HashSet<>();
    private final Set<String> leftOut = new HashSet<>();

    /**
     * Starts screening an export.
     *
     * @param notes the host's notes
     * @param organisationId the organisation exported
     * @param exportDay the export's day, in the practice's time zone
     * @param notices the notice wordings
     */
    public ExportScreen(NoteLookup notes, String organisationId, LocalDate exportDay, RedisclosureNotices notices) {
        this.notes = Objects.requireNonNull(notes, "notes");
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.exportDay = Objects.requireNonNull(exportDay, "exportDay");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /**
     * Whether a note may go into the export; counts it as Part 2 or as a psychotherapy note left out.
     * An export that walks its notes more than once (a streamed packet walks them for the
     * summary, the pages and the embedded data) may ask again: each note counts once, and the
     * host is asked again only about notes it gave no protection.
     *
     * @param noteId the host's note id
     * @return {@code false} for a psychotherapy note, which the export must leave out
     */
    public boolean admit(String noteId) {
        if (part2.contains(noteId)) {
            return true;
        }
        if (leftOut.contains(noteId)) {
            return false;
        }
        Set<NoteProtection> protections = protections(noteId);
        if (protections.contains(NoteProtection.PSYCHOTHERAPY_NOTE)) {
            leftOut.add(noteId);
            return false;
        }
        if (protections.contains(NoteProtection.PART_2)) {
            part2.add(noteId);
        }
        return true;
    }

    /**
     * Whether a note admitted earlier is Part 2 material; asks the host nothing more.
     *
     * @param noteId the host's note id, admitted by {@link #admit}
     * @return {@code true} when the host marks it so
     */
    public boolean isPart2(String noteId) {
        return part2.contains(noteId);
    }

    /**
     * Refuses a single note's export when it is a psychotherapy note.
     *
     * @param noteId the host's note id
     * @throws PolicyException {@code export.psychotherapy-note} when the host keeps it as one
     */
    public void requireExportable(String noteId) {
        if (!admit(noteId)) {
            throw new PolicyException("export.psychotherapy-note",
                    "This note is a psychotherapy note kept apart from the progress notes; it is never exported.");
        }
    }

    /**
     * The Part 2 notes admitted so far.
     *
     * @return the count
     */
    public int part2Notes() {
        return part2.size();
    }

    /**
     * The psychotherapy notes left out so far.
     *
     * @return the count
     */
    public int psychotherapyNotesLeftOut() {
        return leftOut.size();
    }

    /**
     * The notice the export must carry: the one in force on its day when any admitted note is
     * Part 2 material.
     *
     * @return the notice, or empty when no Part 2 note was admitted
     * @throws PolicyException {@code export.no-redisclosure-notice} when Part 2 notes were
     *     admitted but no wording kept is in force on the export's day
     */
    public Optional<RedisclosureNotice> notice() {
        if (part2.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(notices.inForceOn(exportDay).orElseThrow(() -> new PolicyException(
                "export.no-redisclosure-notice", "No 42 CFR Part 2 redisclosure notice is known for " + exportDay
                        + "; an export with Part 2 records cannot be made for that day.")));
    }

    private Set<NoteProtection> protections(String noteId) {
        Set<NoteProtection> found = notes.protections(organisationId, noteId);
        return found == null ? Set.of() : found;
    }
}
