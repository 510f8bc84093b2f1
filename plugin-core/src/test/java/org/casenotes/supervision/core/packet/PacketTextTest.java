package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PacketTextTest {

    private static final List<String> HEADINGS = List.of("March 2026 supervision packet",
            "Summary", "Notes by review state", "Self-disclosures by type", "Flags by rule",
            "Agenda", "Notes", "Risk screen", "Flags", "Comments", "Review history",
            "Action items", "Hours log", "Totals by category", "Signatures");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = IdentityMode.class, names = {"FULL", "CODED"})
    void textHoldsEveryHeadingDisclosureSummaryAndPageNumber(IdentityMode mode) throws Exception {
        PacketContent content = SamplePackets.packet(mode, 10);
        PacketResult result = PacketWriter.pdf().write(content,
                PacketOptions.defaults().withIdentity(mode), folder.resolve("packet.pdf"));

        String text = normalised(PdfInspection.text(result.path()));

        assertThat(text).contains(HEADINGS);
        for (NoteSection note : content.notes().toList()) {
            for (DisclosureEntry entry : note.disclosures()) {
                assertThat(text).contains(entry.summary());
            }
        }
        for (int page = 1; page <= result.pages(); page++) {
            assertThat(text).contains("Page " + page + " of " + result.pages());
        }
        assertThat(text).doesNotContain("Page " + (result.pages() + 1) + " of");
    }

    @ParameterizedTest
    @EnumSource(IdentityMode.class)
    void everyNoteAndSectionHasABookmark(IdentityMode mode) throws Exception {
        PacketContent content = SamplePackets.packet(mode, 6);
        PacketResult result = PacketWriter.pdf().write(content,
                PacketOptions.defaults().withIdentity(mode), folder.resolve("packet.pdf"));

        List<String> bookmarks = PdfInspection.bookmarks(result.path());

        assertThat(bookmarks).contains("Summary", "Agenda", "Notes", "Action items",
                "Hours log", "Signatures");
        for (NoteSection note : content.notes().toList()) {
            assertThat(bookmarks).contains(note.sessionDate() + " \u00B7 " + note.client());
        }
    }

    @ParameterizedTest
    @EnumSource(value = IdentityMode.class, names = {"FULL", "CODED"})
    void spanishPacketUsesSpanishLabels(IdentityMode mode) throws Exception {
        PacketResult result = PacketWriter.pdf().write(SamplePackets.packet(mode, 2),
                PacketOptions.defaults().withIdentity(mode).withLocale(java.util.Locale
                        .forLanguageTag("es")), folder.resolve("es.pdf"));

        String text = normalised(PdfInspection.text(result.path()));

        assertThat(text).contains("Resumen", "Orden del día", "Registro de horas", "Firmas",
                "Página 1 de " + result.pages());
    }

    @org.junit.jupiter.api.Test
    void tableContinuedOnTheNextPageRepeatsItsHeaderRow() throws Exception {
        PacketContent sample = SamplePackets.packet(IdentityMode.CODED, 1);
        List<HoursLog.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(new HoursLog.Row(SamplePackets.FROM.plusDays(i % 28), "Row Tester",
                    "Individual supervision", "Individual", 45));
        }
        PacketContent content = new PacketContent(sample.cover(), sample.summary(),
                sample.agenda(), sample.notes(), sample.actions(),
                new HoursLog(rows, sample.hours().totals()), sample.signatures());
        PacketResult result = PacketWriter.pdf().write(content, PacketOptions.defaults(),
                folder.resolve("hours.pdf"));

        List<String> pagesWithRows = new java.util.ArrayList<>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(result.path().toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = normalised(stripper.getText(document));
                if (text.contains("Row Tester")) {
                    pagesWithRows.add(text);
                }
            }
        }

        assertThat(pagesWithRows).hasSizeGreaterThanOrEqualTo(2).allSatisfy(text ->
                assertThat(text).contains("Date Supervisee Category Format Hours"));
    }

    /** The stripper breaks lines where the layout wrapped them; compare words, not lines. */
    static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
