package org.casenotes.supervision.core.signature;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.signature.ProfessionalLicence;

/**
 * The fixed wording of signatures. English only, as the stored legal record; a screen may show
 * its own translation beside it. Shared by every signed record (co-signs, meetings, board
 * statements) so the wording is one. Thread-safe.
 */
public final class SignatureText {

    private SignatureText() {
    }

    /**
     * "Electronically signed by Name, Credentials, LMFT 12345 (US-CA) on 2026-02-03".
     *
     * @param name the signer's name
     * @param credentials their credentials, or blank
     * @param licence their licence, or {@code null} when the directory has none
     * @param on the day signed, in the practice's time zone
     * @return the line
     */
    public static String line(String name, String credentials, ProfessionalLicence licence, LocalDate on) {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        if (!credentials.isBlank()) {
            parts.add(credentials);
        }
        if (licence != null) {
            parts.add(licence.type() + " " + licence.number() + " (" + licence.jurisdiction() + ")");
        }
        return "Electronically signed by " + String.join(", ", parts) + " on " + on;
    }

    static String late(LocalDate on, LocalDate due) {
        return "Late signature: this co-signature was made on " + on + ", after it was due on " + due
                + ". It is dated the day it was made; no earlier date is claimed.";
    }

    /**
     * The statement a supervisor attests when signing a meeting's case notes.
     *
     * @param heldOn the meeting's day
     * @return the statement
     */
    static String meeting(LocalDate heldOn) {
        return "I attest that these case notes are my accurate record of the supervision meeting I led on "
                + heldOn + ".";
    }
}
