package org.casenotes.supervision.core.packet.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.packet.PacketSigning;

/**
 * Signs a finished packet with a PKCS#12 key: an incremental update holding a detached CMS
 * signature (adbe.pkcs7.detached) over the whole file but the signature itself.
 */
final class PacketSignature {

    private static final int SIGNATURE_SPACE = 32 * 1024;

    private PacketSignature() {
    }

    static void sign(Path unsigned, Path target, PacketSigning signing, String password,
            Calendar when) throws IOException {
        SigningKey key = SigningKey.load(signing);
        try (PDDocument document = Loader.loadPDF(unsigned.toFile(), password,
                IOUtils.createTempFileOnlyStreamCache());
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(key.signerName());
            signature.setReason("Supervision review packet");
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, content -> key.sign(content, when), options);
            markPrinted(document);
            // PDFBox seeds the update's file id with the clock unless given a document id.
            document.setDocumentId(when.getTimeInMillis());
            try (OutputStream out = Files.newOutputStream(target)) {
                document.saveIncremental(out);
            }
        }
    }

    /** PDF/A wants every annotation printable, the invisible signature widget included. */
    private static void markPrinted(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFields()) {
            if (field instanceof PDSignatureField signatureField) {
                signatureField.getWidgets().forEach(widget -> widget.setPrinted(true));
            }
        }
    }

    /** The private key and its certificate chain, read from the key store. */
    record SigningKey(PrivateKey key, Certificate[] chain) {

        static SigningKey load(PacketSigning signing) {
            char[] secret = signing.password().toCharArray();
            try (InputStream in = new ByteArrayInputStream(signing.keyStore())) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, secret);
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias)) {
                        Certificate[] chain = store.getCertificateChain(alias);
                        if (chain != null && chain.length > 0
                                && chain[0] instanceof X509Certificate) {
                            return new SigningKey((PrivateKey) store.getKey(alias, secret),
                                    chain);
                        }
                    }
                }
            } catch (IOException | GeneralSecurityException | ClassCastException e) {
                throw unusable();
            } finally {
                Arrays.fill(secret, '\0');
            }
            throw unusable();
        }

        String signerName() {
            return ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
        }

        byte[] sign(InputStream content, Calendar when) throws IOException {
            return CmsSigner.sign(key, chain, content, when.toInstant());
        }

        private static ValidationException unusable() {
            return ValidationException.of("/signing", "packet.signing-key-unusable",
                    "The signing key store cannot be opened with this password or holds no "
                            + "private key with a certificate.");
        }
    }
}
