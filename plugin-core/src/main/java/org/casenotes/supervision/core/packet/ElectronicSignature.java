package org.casenotes.supervision.core.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An electronic signature as the packet shows it: the co-sign of a note (or of its addendum) or
 * the signature of a meeting's case notes, exactly as stored when it was made.
 *
 * @param kind {@code co-sign}, {@code addendum-co-sign} or {@code meeting}
 * @param label what was signed, in the packet's language
 * @param signerName the signer's name then
 * @param credentials the signer's credentials then; may be empty
 * @param licenceType the signer's licence type, or {@code null} when the directory had none
 * @param licenceNumber the licence number, or {@code null}
 * @param licenceState the issuing state (ISO 3166-2), or {@code null}
 * @param signedAt when it was signed
 * @param signedOn the day it was signed, in the practice's time zone
 * @param statement "Electronically signed by &lt;name&gt;, &lt;credentials&gt;, &lt;licence&gt; on &lt;date&gt;"
 * @param attestation the statement the signer attested to
 * @param late whether a co-sign was made after it was due
 * @param lateAttestation the late-signature attestation, or {@code null} when not late
 */
public record ElectronicSignature(String kind, String label, String signerName, String credentials,
        String licenceType, String licenceNumber, String licenceState, Instant signedAt, LocalDate signedOn,
        String statement, String attestation, boolean late, String lateAttestation) {

    /** Checks the required fields. */
    public ElectronicSignature {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(attestation, "attestation");
        if (late != (lateAttestation != null)) {
            throw new IllegalArgumentException("a late signature, and only a late one, has a late attestation");
        }
    }
}
