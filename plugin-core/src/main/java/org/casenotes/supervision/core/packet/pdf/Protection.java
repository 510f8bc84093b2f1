package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** AES-256 password encryption: the one password opens the file and owns it. */
final class Protection {

    static final int KEY_BITS = 256;

    private Protection() {
    }

    static void encrypt(PDDocument document, String password) throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password,
                new AccessPermission());
        policy.setEncryptionKeyLength(KEY_BITS);
        policy.setPreferAES(true);
        document.protect(policy);
    }
}
