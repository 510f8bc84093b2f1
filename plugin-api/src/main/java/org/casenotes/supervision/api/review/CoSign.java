package org.casenotes.supervision.api.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A supervisor's co-signature: who attested what, when, over which content.
 *
 * @param signerId the supervisor who co-signed
 * @param at when, by the host's clock
 * @param attestationText the policy's attestation statement the signer attested to
 * @param contentHash the SHA-256 (hex) of the reviewed snapshot the signature covers
 */
public record CoSign(String signerId, Instant at, String attestationText, String contentHash) {

    /** Checks that nothing is null. */
    public CoSign {
        Objects.requireNonNull(signerId, "signerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(attestationText, "attestationText");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
