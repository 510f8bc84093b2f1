package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.api.packet.PacketSigning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketSignatureTest {

    @TempDir
    Path folder;

    @Test
    void signedPacketHasOneSignatureOverTheWholeFileThatVerifies() throws Exception {
        PacketResult result = signedPacket(PacketOptions.defaults());
        byte[] file = Files.readAllBytes(result.path());

        try (PDDocument document = Loader.loadPDF(file)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(file.length);
            assertThat(signature.getSubFilter()).isEqualTo("adbe.pkcs7.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(SamplePackets.GENERATED_AT);
            assertThat(verifies(signature.getContents(file), signature.getSignedContent(file)))
                    .isTrue();
        }
    }

    @Test
    void aByteChangedAfterSigningBreaksTheSignature() throws Exception {
        PacketResult result = signedPacket(PacketOptions.defaults());
        byte[] file = Files.readAllBytes(result.path());
        PDSignature signature;
        try (PDDocument document = Loader.loadPDF(file)) {
            signature = document.getSignatureDictionaries().get(0);
        }
        int inside = signature.getByteRange()[1] / 2;
        byte[] tampered = file.clone();
        tampered[inside] = (byte) (tampered[inside] ^ 0x01);

        assertThat(verifies(signature.getContents(tampered), signature.getSignedContent(tampered)))
                .isFalse();
    }

    @Test
    void signedPdfAPacketStaysPdfA3bCompliant() throws Exception {
        PacketResult result = signedPacket(PacketOptions.defaults());

        assertThat(VeraPdf.pdfA3bFailures(result.path())).isEmpty();
    }

    @Test
    void encryptedPacketCanBeSignedToo() throws Exception {
        PacketResult result = signedPacket(PacketOptions.defaults().withPassword("pw"));
        byte[] file = Files.readAllBytes(result.path());

        try (PDDocument document = Loader.loadPDF(file, "pw")) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertThat(document.getEncryption().getLength()).isEqualTo(256);
            assertThat(verifies(signature.getContents(file), signature.getSignedContent(file)))
                    .isTrue();
        }
    }

    @Test
    void aWrongKeyStorePasswordIsAValidationErrorAndLeavesNoFile() throws Exception {
        PacketSigning good = TestKeys.selfSigned();
        PacketSigning wrong = new PacketSigning(good.keyStore(), "not the password");
        Path destination = folder.resolve("signed.pdf");

        assertThatThrownBy(() -> PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 2),
                PacketOptions.defaults().withSigning(wrong), destination))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo("validation.failed"));
        try (var listing = Files.list(folder)) {
            assertThat(listing).isEmpty();
        }
    }

    private PacketResult signedPacket(PacketOptions options) throws Exception {
        return PacketWriter.pdf().write(SamplePackets.packet(IdentityMode.CODED, 3),
                options.withSigning(TestKeys.selfSigned()), folder.resolve("signed.pdf"));
    }

    @SuppressWarnings("unchecked")
    static boolean verifies(byte[] cms, byte[] signedContent) throws Exception {
        // The signature's /Contents is zero-padded to its reserved size: read one object.
        ContentInfo info;
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            info = ContentInfo.getInstance(in.readObject());
        }
        CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder holder = (X509CertificateHolder) data.getCertificates()
                .getMatches(signer.getSID()).iterator().next();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            return false;
        }
    }
}
