package org.casenotes.supervision.host.clinic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.audit.CheckpointSink;

/**
 * The sample host's audit secrets, as files under its data folder and never in the database:
 * {@code keys/audit-hmac.key} (32 random bytes), {@code keys/checkpoint-ed25519.key} (PKCS#8)
 * and {@code .pub} (X.509), created on first use and readable by the owner only; checkpoints
 * go to {@code audit-checkpoints/}, one file each.
 *
 * <p>Keep the key files as safe as the database backups: without {@code audit-hmac.key} the
 * existing chain can no longer be verified. Thread-safe; immutable once opened.
 */
public final class AuditKeyFiles implements AuditSecrets {

    private static final int HMAC_KEY_BYTES = 32;

    private final SecretKey hmacKey;
    private final PrivateKey signingKey;
    private final PublicKey verifyingKey;
    private final CheckpointFiles checkpoints;
    private final java.util.List<Path> createdNow;

    private AuditKeyFiles(SecretKey hmacKey, KeyPair signing, CheckpointFiles checkpoints, java.util.List<Path> createdNow) {
        this.createdNow = java.util.List.copyOf(createdNow);
        this.hmacKey = hmacKey;
        this.signingKey = signing.getPrivate();
        this.verifyingKey = signing.getPublic();
        this.checkpoints = checkpoints;
    }

    /**
     * Opens the key files in a data folder, creating them on first use.
     *
     * @param dataDir the host's data folder
     * @return the secrets
     * @throws UncheckedIOException when the files cannot be read or created
     */
    public static AuditKeyFiles open(Path dataDir) {
        Path keys = dataDir.resolve("keys");
        try {
            OwnerOnlyFiles.createDirectories(keys);
            java.util.List<Path> created = new java.util.ArrayList<>();
            for (String name : new String[] {"audit-hmac.key", "checkpoint-ed25519.key", "checkpoint-ed25519.pub"}) {
                if (!Files.exists(keys.resolve(name))) {
                    created.add(keys.resolve(name));
                }
            }
            SecretKey hmac = new SecretKeySpec(readOrCreate(keys.resolve("audit-hmac.key"),
                    AuditKeyFiles::newHmacKey), "HmacSHA256");
            KeyPair signing = signingKeys(keys.resolve("checkpoint-ed25519.key"), keys.resolve("checkpoint-ed25519.pub"));
            return new AuditKeyFiles(hmac, signing, CheckpointFiles.in(dataDir.resolve("audit-checkpoints")), created);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit key files under " + keys + " cannot be used", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit key files under " + keys + " are damaged", e);
        }
    }

    /**
     * Whether this opening created the chain key file because it was missing.
     *
     * @return {@code true} when {@code audit-hmac.key} did not exist before
     */
    public boolean keyCreatedNow() {
        return createdNow.stream().anyMatch(f -> f.getFileName().toString().equals("audit-hmac.key"));
    }

    /**
     * Removes the key files this opening created, so that a database whose trail needs the old
     * keys is never left looking re-keyed.
     *
     * @throws UncheckedIOException when a file cannot be removed
     */
    public void removeKeysCreatedNow() {
        for (Path file : createdNow) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("the new key file " + file + " cannot be removed", e);
            }
        }
    }

    @Override
    public SecretKey hmacKey() {
        return hmacKey;
    }

    @Override
    public PrivateKey checkpointSigningKey() {
        return signingKey;
    }

    @Override
    public PublicKey checkpointVerifyingKey() {
        return verifyingKey;
    }

    @Override
    public CheckpointSink checkpoints() {
        return checkpoints;
    }

    private static KeyPair signingKeys(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        if (!Files.exists(privateFile)) {
            KeyPair fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            try {
                OwnerOnlyFiles.createNew(publicFile, fresh.getPublic().getEncoded());
                OwnerOnlyFiles.createNew(privateFile, fresh.getPrivate().getEncoded());
            } catch (FileAlreadyExistsException e) {
                // Another process created them first; use theirs.
            }
        }
        KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
        return new KeyPair(ed25519.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                ed25519.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
    }

    private static byte[] readOrCreate(Path file, java.util.function.Supplier<byte[]> fresh) throws IOException {
        if (!Files.exists(file)) {
            try {
                OwnerOnlyFiles.createNew(file, fresh.get());
            } catch (FileAlreadyExistsException e) {
                // Another process created it first; use theirs.
            }
        }
        return Files.readAllBytes(file);
    }

    private static byte[] newHmacKey() {
        byte[] key = new byte[HMAC_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
