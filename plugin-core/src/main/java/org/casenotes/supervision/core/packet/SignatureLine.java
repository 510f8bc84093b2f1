package org.casenotes.supervision.core.packet;

import java.util.Objects;

/**
 * One attestation on the signature page.
 *
 * @param role the signer's role, such as "Supervisor"
 * @param name the signer's display name
 * @param attestation the sentence the signer attests to
 */
public record SignatureLine(String role, String name, String attestation) {

    /** Checks that nothing is null. */
    public SignatureLine {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attestation, "attestation");
    }
}
