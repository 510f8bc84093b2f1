package org.casenotes.supervision.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.Severity;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.core.packet.Comment;
import org.casenotes.supervision.core.packet.Count;
import org.casenotes.supervision.core.packet.Cover;
import org.casenotes.supervision.core.packet.HoursLog;
import org.casenotes.supervision.core.packet.NoteSection;
import org.casenotes.supervision.core.packet.PacketContent;
import org.casenotes.supervision.core.packet.StateChange;
import org.casenotes.supervision.core.packet.Summary;
import org.junit.jupiter.api.Test;

class PacketJsonTest {

    private static final Instant AT = Instant.parse("2026-03-31T17:30:00Z");

    @Test
    void packetRoundTripsWithTimesAsIsoText() throws Exception {
        PacketContent content = content();
        byte[] json = write(content);

        PacketJson.Document read = PacketJson.read(new ByteArrayInputStream(json));

        assertThat(read.packet()).isEqualTo(content);
        assertThat(read.identityMode()).isEqualTo(IdentityMode.CODED);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains(
                "\"generatedAt\":\"2026-03-31T17:30:00Z\"", "\"zone\":\"Europe/Madrid\"",
                "\"medianCoSignTurnaround\":\"PT26H\"", "\"sessionDate\":\"2026-03-02\"");
    }

    @Test
    void sameContentGivesTheSameBytes() throws Exception {
        assertThat(write(content())).isEqualTo(write(content()));
    }

    private static byte[] write(PacketContent content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PacketJson.write(content, PacketOptions.defaults(), out);
        return out.toByteArray();
    }

    private static PacketContent content() {
        Cover cover = new Cover("Packet", "Supervisor", List.of("Supervisee"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, AT,
                ZoneId.of("Europe/Madrid"), "Confidential");
        NoteSection note = new NoteSection("n1", LocalDate.of(2026, 3, 2), "Clinician", "C-1",
                "Co-signed", List.of(),
                List.of(new Flag("pattern", Severity.INFO, "Three of five sessions.", -1)),
                List.of(new Comment("Supervisor", AT, "Why?", List.of(
                        new Comment("Clinician", AT.plusSeconds(60), "Because.", List.of())))),
                List.of(new StateChange("Submitted", "Clinician", AT)));
        return new PacketContent(cover, new Summary(List.of(new Count("Co-signed", 1)), 0,
                List.of(), List.of(), Duration.ofHours(26), 0), List.of(), List.of(note),
                List.of(), new HoursLog(List.of(), List.of()), List.of());
    }
}
