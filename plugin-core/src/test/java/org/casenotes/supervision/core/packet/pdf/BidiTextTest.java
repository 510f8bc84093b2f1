package org.casenotes.supervision.core.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiTextTest {

    @Test
    void hebrewParagraphReadsRightToLeft() {
        assertThat(BidiText.rightToLeft("שלום (2019) עולם")).isTrue();
    }

    @Test
    void latinParagraphIsLeftToRight() {
        assertThat(BidiText.rightToLeft("Note about דנה")).isFalse();
    }

    @Test
    void isolatedHebrewDoesNotTurnALatinParagraph() {
        assertThat(BidiText.rightToLeft("\u2067שלום\u2069 note")).isFalse();
    }
}
