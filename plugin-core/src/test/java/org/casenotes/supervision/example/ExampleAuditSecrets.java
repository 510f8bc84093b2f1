package org.casenotes.supervision.example;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.CheckpointSink;

/**
 * Audit keys held in memory, for examples and tests: a random 256-bit HMAC key for the chain,
 * a fresh Ed25519 key pair for checkpoints and a sink that keeps checkpoints in a map. A real
 * host reads the keys from files or a vault outside the database and keeps them across
 * restarts (the sample host's {@code AuditKeyFiles}). Thread-safe.
 */
public final class ExampleAuditSecrets implements AuditSecrets {

    private final SecretKey hmacKey;
    private final KeyPair signingKeys;
    private final ConcurrentSkipListMap<Long, Checkpoint> checkpoints = new ConcurrentSkipListMap<>();

    /** Creates fresh keys and an empty checkpoint store. */
    public ExampleAuditSecrets() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.hmacKey = new SecretKeySpec(key, "HmacSHA256");
        try {
            this.signingKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no Ed25519", e);
        }
    }

    @Override
    public SecretKey hmacKey() {
        return hmacKey;
    }

    @Override
    public PrivateKey checkpointSigningKey() {
        return signingKeys.getPrivate();
    }

    @Override
    public PublicKey checkpointVerifyingKey() {
        return signingKeys.getPublic();
    }

    @Override
    public CheckpointSink checkpoints() {
        return new CheckpointSink() {
            @Override
            public void write(Checkpoint checkpoint) {
                checkpoints.putIfAbsent(checkpoint.sequence(), checkpoint);
            }

            @Override
            public Optional<Checkpoint> latest() {
                return Optional.ofNullable(checkpoints.lastEntry()).map(java.util.Map.Entry::getValue);
            }
        };
    }
}
