package org.casenotes.supervision.core.disclosure;

import java.time.LocalDate;

/** One row of {@code sr_disclosure_section}. */
record StoredSection(String noteId, String clientId, String clinicianId, LocalDate sessionDate,
        long version, String sectionJson, String flagsJson, int policyVersion) {
}
