package org.casenotes.supervision.api.signature;

import java.util.Objects;

/**
 * A person's professional licence as the host's directory knows it.
 *
 * @param type the licence type, such as "LMFT" or "LPC-S"
 * @param number the licence number the board issued
 * @param jurisdiction the issuing state, as an ISO 3166-2 code such as {@code US-CA}
 */
public record ProfessionalLicence(String type, String number, String jurisdiction) {

    /** Checks that nothing is null or blank. */
    public ProfessionalLicence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (type.isBlank() || number.isBlank() || jurisdiction.isBlank()) {
            throw new IllegalArgumentException("a licence has a type, a number and a jurisdiction");
        }
    }
}
