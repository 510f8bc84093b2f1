package org.casenotes.supervision.core.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.disclosure.Flag;

/**
 * A stored self-disclosure section as the packet reads it: the note's facts, the section and
 * the flags computed at its last save.
 *
 * @param noteId the host's note id
 * @param clientId the host's client id
 * @param clinicianId the note's clinician
 * @param sessionDate the session date
 * @param section the section
 * @param flags the flags of the last save
 */
public record PeriodSection(String noteId, String clientId, String clinicianId, LocalDate sessionDate,
        DisclosureSection section, List<Flag> flags) {

    /**
     * The section's canonical JSON, as a co-sign's content hash covers it.
     *
     * @return the JSON
     */
    public String canonicalJson() {
        return SectionWriter.canonicalJson(section);
    }

    /** Checks that nothing is null and copies the flags. */
    public PeriodSection {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(section, "section");
        flags = List.copyOf(flags);
    }
}
