package org.casenotes.supervision.api.audit;

import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.SecretKey;

/**
 * The keys and the checkpoint store of the audit trail, kept by the host outside the database.
 *
 * <p>Whoever can write the plugin's tables must not be able to forge the audit chain, so the
 * chain key and the checkpoint signing key never go into the database. Lose the chain key and
 * the existing chain can no longer be verified; keep it as safe as the database backups.
 * Implementations must be thread-safe and return the same keys on every call.
 */
public interface AuditSecrets {

    /**
     * The key of the HMAC-SHA256 chain that links every audit event to the one before it.
     *
     * @return a secret key of at least 32 bytes, usable with {@code Mac "HmacSHA256"}
     */
    SecretKey hmacKey();

    /**
     * The Ed25519 private key that signs checkpoints.
     *
     * @return the private key, usable with {@code Signature "Ed25519"}
     */
    PrivateKey checkpointSigningKey();

    /**
     * The Ed25519 public key that checks checkpoint signatures.
     *
     * @return the public key matching {@link #checkpointSigningKey()}
     */
    PublicKey checkpointVerifyingKey();

    /**
     * Where signed checkpoints are kept, outside the database.
     *
     * @return the checkpoint sink
     */
    CheckpointSink checkpoints();
}
