package org.casenotes.supervision.api.disclosure;

import java.util.Locale;
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
}
