package org.casenotes.supervision.api;

/** The roles a host can grant a user within one organisation. */
public enum Role {
    /** Writes progress notes and their self-disclosure sections; may be under supervision. */
    CLINICIAN,
    /** Reviews and co-signs the notes of the clinicians assigned to them; keeps meeting notes. */
    SUPERVISOR,
    /** Sets the organisation's review policy and reassigns supervisors; never co-signs. */
    ADMIN
}
