package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Reads back the detached CMS (PKCS #7) signature of a signed packet, so that other exports
 * (FHIR Provenance) can carry it without knowing PDF. Stateless and thread-safe.
 */
public final class SignatureContents {

    private SignatureContents() {
    }

    /**
     * The CMS bytes of the packet's last signature.
     *
     * @param pdf the whole packet file
     * @param password the packet's password, or empty for an unprotected packet
     * @return the CMS signature, or empty when the packet is not signed
     * @throws IOException when the file is not a readable PDF
     */
    public static Optional<byte[]> lastSignature(byte[] pdf, String password) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf, password)) {
            PDSignature signature = document.getLastSignatureDictionary();
            return signature == null ? Optional.empty() : Optional.of(signature.getContents(pdf));
        }
    }
}
