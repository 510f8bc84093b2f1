package org.casenotes.supervision.api.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class PacketOptionsTest {

    @Test
    void defaultsAreCodedPdfAUnsignedEnglish() {
        PacketOptions defaults = PacketOptions.defaults();

        assertThat(defaults.identity()).isEqualTo(IdentityMode.CODED);
        assertThat(defaults.pdfA()).isTrue();
        assertThat(defaults.password()).isEmpty();
        assertThat(defaults.signing()).isEmpty();
        assertThat(defaults.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void passwordReplacesPdfA() {
        PacketOptions locked = PacketOptions.defaults().withPassword("pw");

        assertThat(locked.pdfA()).isFalse();
        assertThat(locked.password()).contains("pw");
    }

    @Test
    void pdfAWithAPasswordIsRefused() {
        assertThatThrownBy(() -> new PacketOptions(IdentityMode.FULL, true, Optional.of("pw"),
                Optional.empty(), Locale.ENGLISH))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code)
                        .containsExactly("packet.pdfa-excludes-password"));
    }

    @Test
    void onlyEnglishAndSpanishAreAcceptedAndRegionsAreDropped() {
        assertThat(PacketOptions.defaults().withLocale(Locale.forLanguageTag("es-MX")).locale())
                .isEqualTo(Locale.forLanguageTag("es"));
        assertThatThrownBy(() -> PacketOptions.defaults().withLocale(Locale.FRENCH))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path).containsExactly("/locale"));
    }

    @Test
    void textFormNeverShowsThePasswordOrKey() {
        PacketOptions options = PacketOptions.defaults().withPassword("hunter2")
                .withSigning(new PacketSigning(new byte[] {1, 2, 3}, "keypass"));

        assertThat(options.toString()).doesNotContain("hunter2", "keypass");
    }

    @Test
    void signingKeyIsCopiedInAndOut() {
        byte[] bytes = {1, 2, 3};
        PacketSigning signing = new PacketSigning(bytes, "pw");
        bytes[0] = 9;
        signing.keyStore()[1] = 9;

        assertThat(signing.keyStore()).containsExactly(1, 2, 3);
    }

    @Test
    void emptyOrUnreadableKeyStoreIsAValidationError() {
        assertThatThrownBy(() -> new PacketSigning(new byte[0], "pw"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PacketSigning.fromFile(
                java.nio.file.Path.of("/nonexistent/key.p12"), "pw"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code)
                        .containsExactly("packet.signing-key-unreadable"));
    }
}
