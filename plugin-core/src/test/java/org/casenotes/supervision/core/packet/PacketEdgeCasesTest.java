package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketEdgeCasesTest {

    @TempDir
    Path folder;

    @Test
    void emptyPeriodStillGivesEverySectionAndStaysPdfA() throws Exception {
        Cover sample = SamplePackets.cover();
        Cover cover = new Cover(sample.title(), sample.supervisor(), List.of(), sample.from(),
                sample.to(), null, sample.generatedAt(), sample.zone(),
                sample.confidentialityNotice());
        PacketContent empty = new PacketContent(cover,
                new Summary(List.of(), 0, List.of(), List.of(), null, 0), List.of(), List.of(),
                List.of(), new HoursLog(List.of(), List.of()), List.of());

        PacketResult result = PacketWriter.pdf().write(empty, PacketOptions.defaults(),
                folder.resolve("empty.pdf"));

        String text = PacketTextTest.normalised(PdfInspection.text(result.path()));
        assertThat(text).contains("No notes in this period.", "No agenda items.",
                "No action items.", "No supervision hours logged in this period.",
                "none co-signed", "Page 1 of " + result.pages());
        assertThat(VeraPdf.pdfA3bFailures(result.path())).isEmpty();
    }

    @Test
    void textLongerThanAPageWrapsAndContinuesOnTheNextPage() throws Exception {
        PacketContent sample = SamplePackets.packet(IdentityMode.CODED, 1);
        NoteSection note = sample.notes().toList().get(0);
        String unbroken = "x".repeat(3_000);
        String longAnswer = "Possible. " + "The client mentioned this again and again. ".repeat(300);
        DisclosureEntry entry = note.disclosures().get(0);
        DisclosureEntry longEntry = new DisclosureEntry(entry.type(), unbroken, entry.fields(),
                List.of(new Field("Boundary blurring", longAnswer)));
        PacketContent content = new PacketContent(sample.cover(), sample.summary(),
                sample.agenda(), List.of(new NoteSection(note.noteId(), note.sessionDate(),
                        note.clinician(), note.client(), note.reviewState(), List.of(longEntry),
                        note.flags(), note.comments(), note.history())), sample.actions(),
                sample.hours(), sample.signatures());

        PacketResult result = PacketWriter.pdf().write(content, PacketOptions.defaults(),
                folder.resolve("long.pdf"));

        String text = PdfInspection.text(result.path());
        assertThat(text.replaceAll("\\s+", "")).contains(unbroken);
        assertThat(PacketTextTest.normalised(text))
                .contains("The client mentioned this again and again.");
        assertThat(result.pages()).isGreaterThan(7);
        assertThat(VeraPdf.pdfA3bFailures(result.path())).isEmpty();
    }
}
