package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.packet.PacketClinic.CLIN;
import static org.casenotes.supervision.core.packet.PacketClinic.SUP;
import static org.casenotes.supervision.core.packet.PacketStory.FROM;
import static org.casenotes.supervision.core.packet.PacketStory.TO;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.casenotes.supervision.api.NoteProtection;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.export.RedisclosureNotices;
import org.casenotes.supervision.core.json.PacketJson;
import org.casenotes.supervision.core.packet.pdf.Poppler;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The packet month with its signatures and protected notes: note-1 co-signed on time, note-3
 * co-signed after its due date, the meeting signed; note-2 is 42 CFR Part 2 material and note-4 a
 * psychotherapy note. Each identity mode's packet shows the stored signature lines (note sections
 * and signature page), carries the §2.32 notice in force on the export day, and leaves note-4 out
 * with a count, in the PDF's text as pdftotext reads it and in {@code packet.json}.
 */
class PacketSignaturesAndGuardTest {

    private static PacketClinic clinic;
    private static SupervisionModule module;
    private static String meetingId;

    @TempDir
    static Path folder;

    @BeforeAll
    static void signAndProtect() {
        clinic = new PacketClinic(TestDatabases.h2());
        module = new SupervisionModuleFactory().create(clinic.host);
        PacketStory story = new PacketStory(clinic, module).tell();
        meetingId = story.meetingId;
        Meeting meeting = (Meeting) module.meetings().view(SUP, meetingId);
        module.meetings().sign(SUP, meetingId, meeting.version());
        Review three = module.reviews().review(SUP, "note-3");
        clinic.clock.advance(Duration.ofDays(20));
        module.reviews().coSign(SUP, "note-3", module.reviews().startReview(SUP, "note-3", three.version()).version());
        clinic.protect("note-2", NoteProtection.PART_2);
        clinic.protect("note-4", NoteProtection.PSYCHOTHERAPY_NOTE);
    }

    @ParameterizedTest
    @EnumSource(value = IdentityMode.class)
    void pdfShowsStoredSignaturesTheNoticeInForceAndTheCountLeftOut(IdentityMode mode) throws Exception {
        PacketResult result = export(mode, "pdf-" + mode);
        // pdftotext joins a line broken after a hyphen without it; compare without spaces and hyphens.
        String text = squash(Poppler.text(result.path()));

        for (var signature : module.signatures().ofNote(SUP, "note-1")) {
            assertThat(text).contains(squash("Co-signature: " + signature.signatureLine()),
                    squash("Attested: " + signature.attestationText()));
        }
        var late = module.signatures().ofNote(SUP, "note-3").get(0);
        assertThat(late.late()).isTrue();
        assertThat(text).contains(squash("Co-signature: " + late.signatureLine()),
                squash("Late signature: " + late.lateAttestation()));
        var meeting = module.signatures().ofMeeting(SUP, meetingId).orElseThrow();
        assertThat(text).contains(squash("Meeting signature: " + meeting.signatureLine()),
                squash("Electronically signed by Dana Ortiz, LPC-S, LPC-S 70012 (US-TX) on "));
        assertThat(text.indexOf(squash("Meeting signature: "))).isGreaterThan(text.lastIndexOf(squash("Co-signature: ")));

        var notice = RedisclosureNotices.builtIn().inForceOn(java.time.LocalDate.now(clinic.clock)).orElseThrow();
        assertThat(notice.id()).isEqualTo("2024-04-16");
        assertThat(text).contains(squash(notice.text()), squash("89 FR 12472"),
                squash("This packet includes 1 note that the practice marks as substance use disorder records"),
                squash("1 psychotherapy note kept apart from the progress notes was left out of this packet."),
                squash("42 CFR Part 2 record: the redisclosure notice at the front of this packet applies to this note."));
        assertThat(text.indexOf(squash(notice.text()))).isLessThan(text.indexOf(squash("Summary 1:")));
        assertThat(text).doesNotContain(squash(PacketStory.summary(4)), squash(PacketStory.response(4)));
        if (mode == IdentityMode.FULL) {
            assertThat(text).contains("MarisolQuintanilla").doesNotContain("Halvorsen");
        }
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\-]", "");
    }

    @ParameterizedTest
    @EnumSource(value = IdentityMode.class)
    void packetJsonCarriesSignatureObjectsTheNoticeAndTheCount(IdentityMode mode) throws Exception {
        PacketResult result = export(mode, "json-" + mode);
        byte[] json = PdfInspection.attachment(result.path(), "packet.json");
        PacketJsonSchema.assertValid(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        PacketJson.Document document = PacketJson.read(new ByteArrayInputStream(json));
        PacketContent packet = document.packet();

        assertThat(packet.notes().toList()).extracting(NoteSection::noteId).doesNotContain("note-4").contains("note-1", "note-2");
        assertThat(packet.notes().toList()).filteredOn(NoteSection::part2).extracting(NoteSection::noteId).containsExactly("note-2");
        ElectronicSignature onTime = packet.notes().toList().stream().filter(n -> n.noteId().equals("note-1")).findFirst()
                .orElseThrow().signatures().get(0);
        assertThat(onTime.kind()).isEqualTo("co-sign");
        assertThat(onTime.signerName()).isEqualTo("Dana Ortiz");
        assertThat(onTime.credentials()).isEqualTo("LPC-S");
        assertThat(List.of(onTime.licenceType(), onTime.licenceNumber(), onTime.licenceState()))
                .containsExactly("LPC-S", "70012", "US-TX");
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.lateAttestation()).isNull();
        assertThat(onTime.attestation()).isEqualTo(module.signatures().ofNote(SUP, "note-1").get(0).attestationText());
        ElectronicSignature late = packet.notes().toList().stream().filter(n -> n.noteId().equals("note-3")).findFirst()
                .orElseThrow().signatures().get(0);
        assertThat(late.late()).isTrue();
        assertThat(late.signedAt()).isEqualTo(module.signatures().ofNote(CLIN, "note-3").get(0).signedAt());
        assertThat(packet.meetingSignatures()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("meeting");
            assertThat(s.statement()).isEqualTo(module.signatures().ofMeeting(SUP, meetingId).orElseThrow().signatureLine());
        });
        assertThat(packet.guard().part2Notes()).isEqualTo(1);
        assertThat(packet.guard().psychotherapyNotesLeftOut()).isEqualTo(1);
        assertThat(packet.guard().noticeId()).isEqualTo("2024-04-16");
        assertThat(packet.guard().notice()).startsWith("This record which has been disclosed to you is protected");
    }

    private static PacketResult export(IdentityMode mode, String name) {
        return module.packets().export(SUP, PacketRequest.forPeriod(List.of("clin", "clin2"), FROM, TO),
                PacketOptions.defaults().withIdentity(mode), folder.resolve(name + ".pdf"));
    }
}
