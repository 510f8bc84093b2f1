package org.casenotes.supervision.benchmarks.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.CheckpointSink;

/** Audit secrets generated in memory: a random HMAC key, an Ed25519 pair, a map as the sink. */
public final class MemoryAuditSecrets implements AuditSecrets, CheckpointSink {

    private final SecretKey hmacKey;
    private final KeyPair signing;
    private final ConcurrentSkipListMap<Long, Checkpoint> written = new ConcurrentSkipListMap<>();

    /** Generates fresh keys. */
    public MemoryAuditSecrets() {
        this(new SecureRandom());
    }

    /**
     * Derives the keys from a seed, so a database kept between runs keeps a chain that verifies.
     * For benchmarks only: anyone who knows the seed knows the keys.
     *
     * @param seed the seed
     */
    public MemoryAuditSecrets(String seed) {
        this(seeded(seed));
    }

    private MemoryAuditSecrets(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        this.hmacKey = new SecretKeySpec(key, "HmacSHA256");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            this.signing = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this runtime has no Ed25519", e);
        }
    }

    private static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this runtime has no SHA1PRNG", e);
        }
    }

    @Override
    public SecretKey hmacKey() {
        return hmacKey;
    }

    @Override
    public PrivateKey checkpointSigningKey() {
        return signing.getPrivate();
    }

    @Override
    public PublicKey checkpointVerifyingKey() {
        return signing.getPublic();
    }

    @Override
    public CheckpointSink checkpoints() {
        return this;
    }

    @Override
    public void write(Checkpoint checkpoint) {
        written.putIfAbsent(checkpoint.sequence(), checkpoint);
    }

    @Override
    public Optional<Checkpoint> latest() {
        return written.descendingMap().values().stream().findFirst();
    }

    @Override
    public Optional<Checkpoint> latest(String databaseId) {
        return written.descendingMap().values().stream().filter(c -> c.databaseId().equals(databaseId)).findFirst();
    }
}
