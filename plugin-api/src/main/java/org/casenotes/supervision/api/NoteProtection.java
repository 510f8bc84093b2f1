package org.casenotes.supervision.api;

/**
 * A protection the host places on one of its notes, which decides what an export may do with it.
 * The host knows its records' status; the plugin never guesses it from a note's text.
 */
public enum NoteProtection {

    /**
     * Substance use disorder material under 42 CFR Part 2: a packet or FHIR export that includes
     * the note carries the redisclosure notice of §2.32 in force on the export date.
     */
    PART_2,

    /**
     * A psychotherapy note as HIPAA defines it (45 CFR §164.501), kept by the host apart from the
     * progress notes: never pulled into a packet or FHIR export; exports leave it out and count it.
     */
    PSYCHOTHERAPY_NOTE
}
