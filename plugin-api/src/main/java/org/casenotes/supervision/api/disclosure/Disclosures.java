package org.casenotes.supervision.api.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;

/**
 * The self-disclosure sections of progress notes: the published form, validation, flags and
 * storage.
 *
 * <p>Sections travel as JSON documents in a stable wire format described by {@link
 * #formSchema(Locale)}. Every document is validated on the server whatever the form did; all
 * problems are reported at once. Implementations are thread-safe.
 */
public interface Disclosures {

    /**
     * Validates and stores a note's section, computing its flags with the organisation's
     * current policy. Either all of it is stored or nothing.
     *
     * @param actor the note's clinician
     * @param command the note, its section and the version last read
     * @return the stored section with its new version and flags
     * @throws org.casenotes.supervision.api.error.ValidationException when the document has
     *     problems (all listed, with JSON Pointer paths into the document), or when the host's
     *     note exists and the command names another client, clinician or session date (paths
     *     {@code /clientId}, {@code /clinicianId}, {@code /sessionDate}, code
     *     {@code mismatch-with-note})
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor is not the
     *     note's clinician
     * @throws org.casenotes.supervision.api.error.ConflictException when the stored version is
     *     not the expected one
     */
    SavedSection save(Actor actor, SaveSection command);

    /**
     * Reads a note's stored section.
     *
     * @param actor the note's clinician, or a supervisor currently assigned to them
     * @param noteId the host's note id
     * @return the section
     * @throws org.casenotes.supervision.api.error.NotFoundException when the note has no
     *     section in the actor's organisation
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor may not
     *     read it
     */
    SavedSection load(Actor actor, String noteId);

    /**
     * Validates a section document against the organisation's current limits, storing nothing.
     *
     * @param actor the user filling in the form
     * @param sectionJson the document
     * @return the section
     * @throws org.casenotes.supervision.api.error.ValidationException with every problem found
     */
    DisclosureSection validate(Actor actor, String sectionJson);

    /**
     * The section's form as JSON Schema 2020-12 with UI hints ({@code x-ui}: labels, help,
     * order, groups, when fields show), with the built-in limits.
     *
     * @param locale the language of labels and help texts; English when not available
     * @return the schema document
     */
    String formSchema(Locale locale);

    /**
     * The section's form with the limits of the actor's organisation.
     *
     * @param actor any user of the organisation
     * @param locale the language of labels and help texts
     * @return the schema document
     */
    String formSchema(Actor actor, Locale locale);

    /**
     * Stores an unfinished section as typed, with the problems it still has, so the clinician
     * can finish it later. Only the note's clinician saves drafts, and only while the note may
     * be edited. Submitting the note is refused while a draft exists.
     *
     * @param actor the note's clinician
     * @param command the note and the draft document; its expected version is the draft's
     *     version last read ({@code 0} for a new draft)
     * @return the stored draft with its problems
     * @throws org.casenotes.supervision.api.error.ValidationException when the document is not
     *     a JSON object, or names another client, clinician or session date than the host's note
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor is not the
     *     note's clinician
     * @throws org.casenotes.supervision.api.error.InvalidStateException when the note is
     *     submitted or co-signed
     * @throws org.casenotes.supervision.api.error.ConflictException when the stored draft is
     *     not at the expected version
     */
    SectionDraft saveDraft(Actor actor, SaveSection command);

    /**
     * Reads a note's draft.
     *
     * @param actor the note's clinician
     * @param noteId the host's note id
     * @return the draft, or empty when the note has none
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the draft is another
     *     clinician's
     */
    Optional<SectionDraft> draft(Actor actor, String noteId);

    /**
     * The actor's own drafts, most recently saved first.
     *
     * @param actor a clinician
     * @param limit the most drafts to return, 1 to 200
     * @return the drafts
     * @throws org.casenotes.supervision.api.error.ValidationException when the limit is out of
     *     range
     */
    List<SectionDraft> drafts(Actor actor, int limit);
}
