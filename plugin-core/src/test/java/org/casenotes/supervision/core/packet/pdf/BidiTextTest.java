package org.casenotes.supervision.core.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiTextTest {

    @Test
    void leftToRightTextIsLeftAlone() {
        assertThat(BidiText.visual("Zoë Ångström (Αθήνα, Москва)"))
                .isEqualTo("Zoë Ångström (Αθήνα, Москва)");
    }

    @Test
    void hebrewRunInsideLatinTextIsReversedInPlace() {
        assertThat(BidiText.visual("Client דנה כהן today"))
                .isEqualTo("Client ןהכ הנד today");
    }

    @Test
    void hebrewParagraphPutsItsRunsRightToLeftAndMirrorsBrackets() {
        String logical = "שלום (2019) עולם";

        assertThat(BidiText.rightToLeft(logical)).isTrue();
        assertThat(BidiText.visual(logical, true)).isEqualTo("םלוע (2019) םולש");
    }

    @Test
    void combiningMarksStayWithTheirBaseLetter() {
        String withPoints = "\u05E9\u05C1\u05B8\u05DC"; // shin with shin dot and qamats, lamed

        assertThat(BidiText.visual(withPoints, true))
                .isEqualTo("\u05DC\u05E9\u05C1\u05B8");
    }

    @Test
    void latinParagraphIsLeftToRight() {
        assertThat(BidiText.rightToLeft("Note about דנה")).isFalse();
    }
}
