package org.casenotes.supervision.api;

import java.util.Optional;
import java.util.Set;

/**
 * The host's progress notes and clients, read by the plugin when it snapshots a note for
 * review or prints a packet.
 *
 * <p>Implementations must be thread-safe and scoped to the organisation asked for.
 */
public interface NoteLookup {

    /**
     * Looks up a progress note.
     *
     * @param organisationId the organisation
     * @param noteId the host's note id
     * @return the note, or empty when it does not exist in that organisation
     */
    Optional<ProgressNote> note(String organisationId, String noteId);

    /**
     * Looks up a client's identifying data, used only when a packet is printed with initials
     * or full names.
     *
     * @param organisationId the organisation
     * @param clientId the host's client id
     * @return the client, or empty when unknown in that organisation
     */
    Optional<ClientIdentity> client(String organisationId, String clientId);

    /**
     * The host's own FHIR resource for a note, so exports can point at it: a relative
     * reference such as {@code DocumentReference/123} or {@code Composition/abc}.
     *
     * <p>A default method: hosts that do not publish their notes over FHIR need not implement
     * it, and exports then name the note by an identifier only.
     *
     * @param organisationId the organisation
     * @param noteId the host's note id
     * @return the reference, or empty when the host has none
     */
    default Optional<String> fhirReference(String organisationId, String noteId) {
        return Optional.empty();
    }

    /**
     * The protections the host places on a note: Part 2 material, or a psychotherapy note kept
     * apart from the progress notes. Asked once per note and export; packets and FHIR exports
     * leave psychotherapy notes out (and count them) and give the Part 2 redisclosure notice
     * when any note included is Part 2 material.
     *
     * <p>A default method: hosts that keep neither kind of record need not implement it.
     *
     * @param organisationId the organisation
     * @param noteId the host's note id
     * @return the note's protections; empty when it has none or is unknown
     */
    default Set<NoteProtection> protections(String organisationId, String noteId) {
        return Set.of();
    }
}
