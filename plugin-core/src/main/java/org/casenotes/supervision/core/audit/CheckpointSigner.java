package org.casenotes.supervision.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.casenotes.supervision.api.audit.Checkpoint;

/** Signs and checks anchors with the host's Ed25519 keys (JDK provider). Thread-safe. */
final class CheckpointSigner {

    private static final String FORMAT = "sr-audit-anchor-1";

    private final PrivateKey signingKey;
    private final PublicKey verifyingKey;

    CheckpointSigner(PrivateKey signingKey, PublicKey verifyingKey) {
        this.signingKey = signingKey;
        this.verifyingKey = verifyingKey;
    }

    Checkpoint sign(String databaseId, long sequence, String root, Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(signingKey);
            signature.update(signedBytes(databaseId, sequence, root, when));
            return new Checkpoint(databaseId, sequence, root, when,
                    Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint signing key is not usable for Ed25519", e);
        }
    }

    boolean verifies(Checkpoint checkpoint) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(verifyingKey);
            signature.update(signedBytes(checkpoint.databaseId(), checkpoint.sequence(), checkpoint.headMac(),
                    checkpoint.at()));
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (IllegalArgumentException | java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint verifying key is not usable for Ed25519", e);
        }
    }

    static byte[] signedBytes(String databaseId, long sequence, String root, Instant at) {
        return (FORMAT + "\n" + databaseId + "\n" + sequence + "\n" + root + "\n" + at)
                .getBytes(StandardCharsets.UTF_8);
    }
}
