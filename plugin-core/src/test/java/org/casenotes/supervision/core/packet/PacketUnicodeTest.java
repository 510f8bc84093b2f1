package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.packet.pdf.Poppler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketUnicodeTest {

    @TempDir
    Path folder;

    @Test
    void latinExtendedGreekCyrillicAndHebrewExtractBack() throws Exception {
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.FULL, 5), PacketOptions.defaults()
                        .withIdentity(IdentityMode.FULL), folder.resolve("unicode.pdf"));

        String text = PdfInspection.text(result.path());

        assertThat(text).contains("Zoë Ångström-Novák", "Αλέξανδρος Παπαδόπουλος",
                "Мария Иванова", "Łukasz Żółtowski", "Dr. Renée Okafor");
        // The PDF draws Hebrew right to left (visual order); pdftotext puts it back into
        // logical order, so the name reads as typed, for both pdftotext and PDFBox.
        assertThat(text).contains("דנה כהן");
        assertThat(Poppler.text(result.path())).contains("דנה כהן");
        assertThat(result.substitutedGlyphs()).isZero();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void hebrewIsDrawnInVisualOrder() throws Exception {
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.FULL, 5), PacketOptions.defaults()
                        .withIdentity(IdentityMode.FULL), folder.resolve("visual.pdf"));

        String raw = PdfInspection.textInDrawingOrder(result.path());

        assertThat(raw).contains(new StringBuilder("דנה כהן").reverse().toString());
    }

    @Test
    void emojiAndCjkAreDrawnAndOnlyACharacterNoFaceHasBecomesACountedSubstitute() throws Exception {
        PacketContent sample = SamplePackets.packet(IdentityMode.CODED, 1);
        NoteSection note = sample.notes().toList().get(0);
        List<Comment> comments = new ArrayList<>(note.comments());
        // U+12000 (cuneiform) is in no face the packet carries.
        String said = "Client said \uD83D\uDC4D\uD83C\uDFFD and wrote 漢字 and \uD808\uDC00 on the whiteboard.";
        comments.add(new Comment("Jordan Avery", SamplePackets.GENERATED_AT, said, List.of()));
        NoteSection changed = new NoteSection(note.noteId(), note.sessionDate(),
                note.clinician(), note.client(), note.reviewState(), note.disclosures(),
                note.flags(), comments, note.history());
        PacketContent content = new PacketContent(sample.cover(), sample.summary(),
                sample.agenda(), List.of(changed), sample.actions(), sample.hours(),
                sample.signatures());

        PacketResult result = PacketWriter.pdf().write(content, PacketOptions.defaults(),
                folder.resolve("emoji.pdf"));

        // The thumbs-up with its skin tone is drawn by the emoji face; the cuneiform sign is the
        // one substitute.
        assertThat(result.substitutedGlyphs()).isEqualTo(1);
        assertThat(result.warnings()).singleElement().asString().contains("1 character the packet font cannot draw was replaced");
        assertThat(PdfInspection.textInDrawingOrder(result.path()))
                .doesNotContain("Client said \u25A1").contains("and \u25A1 on the whiteboard");
        assertThat(PdfInspection.fonts(result.path())).anyMatch(name -> name.contains("NotoEmoji"));
        // Substitutes and shaped emoji carry the original as ActualText, so extraction gives it back.
        assertThat(PdfInspection.text(result.path())).contains(said);
        assertThat(Poppler.text(result.path()).replaceAll("\\s+", " ")).contains(said);
    }
}
