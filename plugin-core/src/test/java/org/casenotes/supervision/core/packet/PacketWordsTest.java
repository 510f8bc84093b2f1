package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.text.Hours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketWordsTest {

    @TempDir
    Path folder;

    @Test
    void hoursShowTwoPlacesAndMinutesSoRowsAddUpToTheTotal() throws Exception {
        PacketContent sample = SamplePackets.packet(IdentityMode.CODED, 1);
        LocalDate day = sample.cover().from();
        HoursLog thirds = new HoursLog(List.of(
                new HoursLog.Row(day, "Jordan Avery", "Individual", "Video", 20),
                new HoursLog.Row(day.plusDays(1), "Jordan Avery", "Individual", "Video", 20),
                new HoursLog.Row(day.plusDays(2), "Jordan Avery", "Individual", "Video", 20)),
                List.of(new Count("Individual", 60)));
        PacketContent content = new PacketContent(sample.cover(), sample.summary(),
                sample.agenda(), sample.notes(), sample.actions(), thirds, sample.signatures());

        String text = PdfInspection.text(PacketWriter.pdf().write(content,
                PacketOptions.defaults(), folder.resolve("hours.pdf")).path());

        assertThat(text).contains("0.33 h (20 min)", "1.00 h (60 min)").doesNotContain("0:20");
        assertThat(Hours.format(20, Locale.forLanguageTag("es"))).isEqualTo("0,33 h (20 min)");
    }

    @Test
    void flagsAreNamedByTheirRuleNotItsId() throws Exception {
        String text = PdfInspection.text(PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 6), PacketOptions.defaults(),
                folder.resolve("flags.pdf")).path());

        assertThat(text).contains("Motive", "Pattern with this client")
                .doesNotContain("motive:", "pattern:");
    }

    @Test
    void theCoverDoesNotRepeatWhatKindOfPacketItIs() throws Exception {
        PacketContent sample = SamplePackets.packet(IdentityMode.CODED, 1);
        Cover meeting = new Cover("Supervision meeting packet", sample.cover().supervisor(),
                sample.cover().supervisees(), sample.cover().from(), sample.cover().to(),
                new Cover.Meeting("Individual, Video", sample.cover().to()),
                sample.cover().generatedAt(), sample.cover().zone(),
                sample.cover().confidentialityNotice());
        PacketContent content = new PacketContent(meeting, sample.summary(), sample.agenda(),
                sample.notes(), sample.actions(), sample.hours(), sample.signatures());

        String text = PdfInspection.text(PacketWriter.pdf().write(content,
                PacketOptions.defaults(), folder.resolve("meeting.pdf")).path());

        assertThat(text).doesNotContain("Supervision review packet")
                .contains("Individual, Video  \u00B7  " + sample.cover().to());
    }
}
