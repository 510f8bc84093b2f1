package org.casenotes.supervision.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void everyControlCharacterButTabAndLineBreaksIsForbidden() {
        for (char c = 0; c < 0xA0; c++) {
            boolean control = c < 0x20 || c >= 0x7F;
            boolean allowed = !control || c == '\t' || c == '\n' || c == '\r';
            assertThat(FreeText.firstForbidden("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(allowed ? -1 : 1);
        }
    }

    @Test
    void unpairedSurrogatesAreForbiddenAndPairsAllowed() {
        assertThat(FreeText.firstForbidden("ok \uD83D\uDE00 emoji")).isEqualTo(-1);
        assertThat(FreeText.firstForbidden("a\uD800")).isEqualTo(1);
        assertThat(FreeText.firstForbidden("\uDC00a")).isZero();
        assertThat(FreeText.firstForbidden("\uDC00\uD800")).isZero();
        assertThat(FreeText.problem("/text", "a\uD800b").orElseThrow().code()).isEqualTo(FreeText.UNPAIRED_SURROGATE);
        assertThat(FreeText.problem("/text", "a\u0000b").orElseThrow().code()).isEqualTo(FreeText.CONTROL_CHARACTER);
    }

    @Test
    void theSchemaPatternForbidsTheSameControlCharacters() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(FreeText.SCHEMA_PATTERN);
        for (char c = 0; c < 0xA0; c++) {
            String text = "a" + c + "b";
            assertThat(pattern.matcher(text).matches()).as("U+%04X", (int) c).isEqualTo(FreeText.firstForbidden(text) < 0);
        }
    }
}
