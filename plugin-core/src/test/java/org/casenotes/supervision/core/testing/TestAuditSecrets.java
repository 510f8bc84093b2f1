package org.casenotes.supervision.core.testing;

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
 * Audit secrets held in memory: a random chain key, a fresh Ed25519 key pair and an in-memory
 * checkpoint sink that, like a real one, never overwrites a checkpoint.
 */
public final class TestAuditSecrets implements AuditSecrets {

    private final SecretKey hmacKey;
    private final KeyPair signingKeys;
    private final MemorySink sink;

    private TestAuditSecrets(SecretKey hmacKey, KeyPair signingKeys, MemorySink sink) {
        this.hmacKey = hmacKey;
        this.signingKeys = signingKeys;
        this.sink = sink;
    }

    /**
     * Fresh keys and an empty sink.
     *
     * @return the secrets
     */
    public static TestAuditSecrets fresh() {
        return new TestAuditSecrets(randomKey(), ed25519(), new MemorySink());
    }

    /**
     * A given chain key with fresh signing keys and an empty sink, as a host holding an old
     * database's key file.
     *
     * @param hmacKey the chain key
     * @return the secrets
     */
    public static TestAuditSecrets withHmacKey(SecretKey hmacKey) {
        return new TestAuditSecrets(hmacKey, ed25519(), new MemorySink());
    }

    /**
     * The same signing keys and sink with another chain key, as a host with the wrong key file.
     *
     * @return the secrets
     */
    public TestAuditSecrets withOtherHmacKey() {
        return new TestAuditSecrets(randomKey(), signingKeys, sink);
    }

    /**
     * The same chain key and sink with another signing key pair, as a forger's.
     *
     * @return the secrets
     */
    public TestAuditSecrets withOtherSigningKeys() {
        return new TestAuditSecrets(hmacKey, ed25519(), sink);
    }

    /**
     * Puts a checkpoint into the sink as a forger with file access could, replacing any of the
     * same database and sequence number.
     *
     * @param checkpoint the checkpoint
     */
    public void plant(Checkpoint checkpoint) {
        sink.of(checkpoint.databaseId()).put(checkpoint.sequence(), checkpoint);
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
        return sink;
    }

    private static SecretKey randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, "HmacSHA256");
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MemorySink implements CheckpointSink {

        private final java.util.concurrent.ConcurrentHashMap<String, ConcurrentSkipListMap<Long, Checkpoint>> databases =
                new java.util.concurrent.ConcurrentHashMap<>();

        ConcurrentSkipListMap<Long, Checkpoint> of(String databaseId) {
            return databases.computeIfAbsent(databaseId, id -> new ConcurrentSkipListMap<>());
        }

        @Override
        public void write(Checkpoint checkpoint) {
            Checkpoint earlier = of(checkpoint.databaseId()).putIfAbsent(checkpoint.sequence(), checkpoint);
            if (earlier != null && !earlier.headMac().equals(checkpoint.headMac())) {
                throw new java.io.UncheckedIOException(new java.io.IOException(
                        "a different checkpoint #" + checkpoint.sequence() + " exists"));
            }
        }

        @Override
        public Optional<Checkpoint> latest() {
            throw new UnsupportedOperationException("checkpoints are kept per database: call latest(databaseId)");
        }

        @Override
        public Optional<Checkpoint> latest(String databaseId) {
            return Optional.ofNullable(of(databaseId).lastEntry()).map(java.util.Map.Entry::getValue);
        }
    }
}
