package org.casenotes.supervision.api.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored self-disclosure section with the flags computed when it was saved.
 *
 * @param noteId the host's note id
 * @param clientId the host's id of the note's client
 * @param clinicianId the note's clinician
 * @param sessionDate the day of the session
 * @param version the optimistic version; pass it back as the expected version of the next save
 * @param section the section
 * @param sectionJson the section in the plugin's stable wire format
 * @param flags the flags computed at the save
 * @param policyVersion the organisation policy version the flags were computed with
 */
public record SavedSection(String noteId, String clientId, String clinicianId,
        LocalDate sessionDate, long version, DisclosureSection section, String sectionJson,
        List<Flag> flags, int policyVersion) {

    /** Checks that nothing is null and copies the flags. */
    public SavedSection {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(sectionJson, "sectionJson");
        flags = List.copyOf(flags);
    }
}
