package org.casenotes.supervision.api.signature;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One electronic signature as stored when it was made: who, with which credentials and licence
 * at that time, when, and what they attested. Never changed afterwards.
 *
 * @param kind what was signed: {@code co-sign} (a note's review), {@code addendum-co-sign} or
 *     {@code meeting}
 * @param targetId the note, addendum or meeting id
 * @param signerId the signer's user id
 * @param signerName the signer's name as the directory gave it then
 * @param credentials the signer's credentials as the directory gave them then; may be empty
 * @param licence the signer's licence then, or {@code null} when the directory had none
 * @param signedAt when the signature was made, by the host's clock
 * @param signedOn the day it was made, in the host clock's time zone
 * @param signatureLine "Electronically signed by &lt;name&gt;, &lt;credentials&gt; on &lt;date&gt;"
 * @param attestationText the statement the signer attested to
 * @param late {@code true} when a co-sign was made after its due date
 * @param lateAttestation for a late co-sign, the statement that the signature is late and dated
 *     the day it was made; otherwise {@code null}
 */
public record Signature(String kind, String targetId, String signerId, String signerName, String credentials,
        ProfessionalLicence licence, Instant signedAt, LocalDate signedOn, String signatureLine,
        String attestationText, boolean late, String lateAttestation) {

    /** Checks the required fields. */
    public Signature {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(signerId, "signerId");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(signatureLine, "signatureLine");
        Objects.requireNonNull(attestationText, "attestationText");
        if (late != (lateAttestation != null)) {
            throw new IllegalArgumentException("a late signature, and only a late one, has a late attestation");
        }
    }
}
