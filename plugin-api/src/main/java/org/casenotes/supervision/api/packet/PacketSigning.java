package org.casenotes.supervision.api.packet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.casenotes.supervision.api.error.ValidationException;

/**
 * A PKCS#12 key store whose first private key signs the packet (detached CMS, applied last).
 *
 * <p>Instances are immutable: the key store bytes are copied in and out.
 */
public final class PacketSigning {

    private final byte[] keyStore;
    private final String password;

    /**
     * Creates the signing request.
     *
     * @param keyStore the PKCS#12 file's bytes; not empty
     * @param password the key store's password (also used for the key)
     * @throws ValidationException when the key store is empty
     */
    public PacketSigning(byte[] keyStore, String password) {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(password, "password");
        if (keyStore.length == 0) {
            throw ValidationException.of("/signing/keyStore", "packet.signing-key-empty",
                    "The signing key store is empty.");
        }
        this.keyStore = keyStore.clone();
        this.password = password;
    }

    /**
     * Reads the PKCS#12 key store from a file.
     *
     * @param file the {@code .p12} file
     * @param password the key store's password
     * @return the signing request
     * @throws ValidationException when the file cannot be read or is empty
     */
    public static PacketSigning fromFile(Path file, String password) {
        try {
            return new PacketSigning(Files.readAllBytes(file), password);
        } catch (IOException e) {
            throw ValidationException.of("/signing/keyStore", "packet.signing-key-unreadable",
                    "The signing key store cannot be read.");
        }
    }

    /**
     * The key store's bytes.
     *
     * @return a copy of the PKCS#12 bytes
     */
    public byte[] keyStore() {
        return keyStore.clone();
    }

    /**
     * The key store's password.
     *
     * @return the password
     */
    public String password() {
        return password;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PacketSigning that
                && Arrays.equals(keyStore, that.keyStore) && password.equals(that.password);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keyStore);
    }

    @Override
    public String toString() {
        return "PacketSigning[" + keyStore.length + " bytes]";
    }
}
