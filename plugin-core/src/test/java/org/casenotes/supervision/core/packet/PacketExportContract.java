package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.packet.PacketClinic.SUP;
import static org.casenotes.supervision.core.packet.PacketStory.FROM;
import static org.casenotes.supervision.core.packet.PacketStory.TO;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packet exported from data stored through the module's own services, on one database. */
abstract class PacketExportContract {

    static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");

    @TempDir
    Path folder;
    PacketClinic clinic;
    SupervisionModule module;
    PacketStory story;

    abstract DataSource database();

    @BeforeEach
    void tellTheStory() {
        clinic = new PacketClinic(database());
        module = new SupervisionModuleFactory().create(clinic.host);
        story = new PacketStory(clinic, module).tell();
    }

    @AfterEach
    void close() {
        module.close();
    }

    PacketResult export(IdentityMode mode, String file) {
        return module.packets().export(SUP, PacketRequest.forPeriod(List.of("clin"), FROM, TO).generatedAt(AT),
                PacketOptions.defaults().withIdentity(mode), folder.resolve(file));
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aPacketFromStoredDataShowsEachNotesSummaryStateFlagsAndThread() throws Exception {
        PacketResult result = export(IdentityMode.CODED, "march.pdf");

        String text = flat(PdfInspection.text(result.path()));
        for (int n = 1; n <= 4; n++) {
            assertThat(text).contains(PacketStory.summary(n));
        }
        assertThat(text).doesNotContain(PacketStory.summary(5));
        assertThat(text).contains("Co-signed", "Changes requested", "Submitted", "Draft");
        for (Flag flag : module.disclosures().load(PacketClinic.SUP, "note-1").flags()) {
            String rule = RuleNames.of(flag.ruleId(), java.util.Locale.ENGLISH);
            assertThat(rule).isNotEqualTo(flag.ruleId());
            assertThat(text).contains(flat(rule + " (Disclosure 1): " + flag.explanation()));
        }
        assertThat(text).doesNotContain("Changed after co-sign:").contains("Co-signed, then changed 0");
        assertThat(text).contains(PacketStory.COMMENT, PacketStory.RETURN_REASON, PacketStory.ACTION);
        assertThat(text).contains("Dana Ortiz, LPC-S", "Alex Rivera, LPC-A");
        assertThat(result.pages()).isGreaterThan(1);
        assertThat(VeraPdf.pdfA3bFailures(result.path())).isEmpty();
    }

    @Test
    void aNoteChangedAfterItsCoSignIsMarkedOnItsSectionInTheSummaryAndInPacketJson() throws Exception {
        ProgressNote signed = clinic.host.notes().note(PacketClinic.ORG, "note-1").orElseThrow();
        clinic.host.note(new ProgressNote(signed.organisationId(), signed.noteId(),
                signed.clientId(), signed.clinicianId(), signed.sessionDate(), signed.service(),
                signed.text() + " Edited after the co-sign."));

        PacketResult result = export(IdentityMode.CODED, "changed.pdf");

        String text = flat(PdfInspection.text(result.path()));
        assertThat(text).contains("Changed after co-sign: the note or its self-disclosure section was edited",
                "Co-signed, then changed 1");
        assertThat(json(result.path())).contains("\"changedAfterCoSign\":true", "\"changedAfterCoSign\":1");
    }

    @Test
    void aNoteSubmittedWithoutASectionIsInThePacketMarkedUndocumented() throws Exception {
        clinic.note("note-old", PacketClinic.CLIN, "client-9", FROM.plusDays(20));
        try (java.sql.Connection c = clinic.dataSource.getConnection()) {
            // what migration V6 left of a note submitted before a section was required
            c.createStatement().execute("INSERT INTO sr_review (org_id, note_id, client_id, clinician_id, state,"
                    + " version, submission_no, flagged, flag_rules, documented, updated_at) VALUES ('" + PacketClinic.ORG
                    + "', 'note-old', 'client-9', 'clin', 'SUBMITTED', 1, 1, FALSE, '', FALSE, CURRENT_TIMESTAMP)");
        }

        String text = flat(PdfInspection.text(export(IdentityMode.CODED, "undocumented.pdf").path()));

        assertThat(text).contains("Undocumented: this note was submitted without its self-disclosure section");
        assertThat(text).contains(PacketStory.summary(1), PacketStory.summary(4));
    }

    @Test
    void aSpanishPacketExplainsTheFlagsInSpanish() throws Exception {
        PacketResult result = module.packets().export(SUP, PacketRequest.forPeriod(List.of("clin"), FROM, TO)
                .generatedAt(AT), PacketOptions.defaults().withLocale(java.util.Locale.forLanguageTag("es")),
                folder.resolve("es.pdf"));

        String text = flat(PdfInspection.text(result.path()));
        for (Flag flag : module.disclosures().load(PacketClinic.SUP, "note-1").flags()) {
            String spanish = module.vocabulary().explain(flag, java.util.Locale.forLanguageTag("es"));
            assertThat(spanish).isNotEqualTo(flag.explanation());
            assertThat(text).contains(flat(spanish)).doesNotContain(flat(flag.explanation()));
        }
    }

    @Test
    void anExportIsAuditedOnceWithTheFilesHash() throws Exception {
        PacketResult result = export(IdentityMode.CODED, "audited.pdf");

        List<String[]> events = exportEvents();
        assertThat(events).hasSize(1);
        assertThat(events.get(0)[0]).isEqualTo("sup");
        assertThat(events.get(0)[1]).isEqualTo(result.sha256());
        assertThat(events.get(0)[2]).contains("mode=CODED", "period=2026-03-01..2026-03-31", "supervisees=clin");
    }

    @Test
    void aFailedExportLeavesNoFileAndNoExportEvent() throws Exception {
        Path missing = folder.resolve("no-such-folder").resolve("packet.pdf");

        assertThatThrownBy(() -> module.packets().export(SUP, PacketRequest.forPeriod(List.of("clin"), FROM, TO),
                PacketOptions.defaults(), missing))
                .isInstanceOf(org.casenotes.supervision.api.error.ValidationException.class);
        assertThat(missing.getParent()).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(exportEvents()).isEmpty();
    }

    @Test
    void aMeetingPacketHoldsTheMeetingsAgendaNotesAndActionItems() throws Exception {
        PacketResult result = module.packets().export(SUP,
                PacketRequest.forMeeting(List.of("clin"), story.meetingId).generatedAt(AT),
                PacketOptions.defaults().withIdentity(IdentityMode.FULL), folder.resolve("meeting.pdf"));

        String text = flat(PdfInspection.text(result.path()));
        assertThat(text).contains(PacketStory.summary(3), PacketStory.ACTION, "Talked it through.");
        assertThat(text).doesNotContain(PacketStory.summary(4));
        assertThat(text.split(java.util.regex.Pattern.quote(PacketStory.summary(3)), -1)).hasSize(2);
        assertThat(text).contains("2026-03-11");
    }

    List<String[]> exportEvents() throws Exception {
        List<String[]> events = new ArrayList<>();
        try (Connection connection = clinic.dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT actor_id, content_hash, detail"
                        + " FROM sr_audit_event WHERE org_id = ? AND action = 'PRINT_EXPORT' AND data_category = 'packet'")) {
            select.setString(1, PacketClinic.ORG);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        return events;
    }

    static String json(Path pdf) throws Exception {
        return new String(PdfInspection.attachment(pdf, "packet.json"), StandardCharsets.UTF_8);
    }
}
