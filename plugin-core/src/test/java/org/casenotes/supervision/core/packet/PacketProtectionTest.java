package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketProtectionTest {

    private static final String SECRET = "s3cret-päss";

    @TempDir
    Path folder;

    @Test
    void passwordProtectedPacketOpensOnlyWithThePasswordAndUsesAes256() throws Exception {
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 3),
                PacketOptions.defaults().withPassword(SECRET), folder.resolve("locked.pdf"));

        assertThatThrownBy(() -> Loader.loadPDF(result.path().toFile()).close())
                .isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(result.path().toFile(), "wrong").close())
                .isInstanceOf(InvalidPasswordException.class);
        try (PDDocument document = Loader.loadPDF(result.path().toFile(), SECRET)) {
            PDEncryption encryption = document.getEncryption();
            assertThat(document.isEncrypted()).isTrue();
            assertThat(encryption.getLength()).isEqualTo(256);
            assertThat(encryption.getStdCryptFilterDictionary().getCryptFilterMethod()
                    .getName()).isEqualTo("AESV3");
            assertThat(new PDFTextStripper().getText(document)).contains("Summary");
        }
    }

    @Test
    void pdfAAndPasswordTogetherAreRefusedWithAClearError() {
        assertThatThrownBy(() -> new PacketOptions(IdentityMode.CODED, true,
                java.util.Optional.of(SECRET), java.util.Optional.empty(),
                java.util.Locale.ENGLISH))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("/password");
                        assertThat(p.code()).isEqualTo("packet.pdfa-excludes-password");
                        assertThat(p.message()).contains("PDF/A forbids encryption");
                    });
                });
        assertThatThrownBy(() -> PacketOptions.defaults().withPassword(SECRET).withPdfA(true))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void unsupportedLanguageAndEmptyPasswordAreReportedTogether() {
        assertThatThrownBy(() -> new PacketOptions(IdentityMode.CODED, false,
                java.util.Optional.of(""), java.util.Optional.empty(),
                java.util.Locale.GERMAN))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(p -> p.code()).containsExactly(
                                "packet.password-empty", "packet.locale-unsupported"));
    }
}
