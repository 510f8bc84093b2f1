package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.json.PacketJson;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packet of 5,000 stored notes exported from the database in a JVM with a 256 MB heap: the
 * notes are streamed from a cursor into the pages, and the file is the very file a rendering
 * holding every note in memory gives, with the notes in the packet's order.
 */
class PacketStreamingTest {

    private static final int BULK = 5000;
    private static final String HEAP = "-Xmx256m";

    @TempDir
    Path folder;

    @Test
    void fiveThousandStoredNotesStreamIntoThePacketInOrderUnderASmallHeap() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        String url = "jdbc:h2:file:" + folder.resolve("clinic").toAbsolutePath();
        database.setURL(url);
        database.setUser("sa");
        TestAuditSecrets secrets = TestAuditSecrets.fresh();
        PacketClinic clinic = new PacketClinic(database, secrets);
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic.host)) {
            new PacketStory(clinic, module).tell();
        }
        seed(database);
        List<String> expected = expectedOrder(database);
        assertThat(expected).hasSize(BULK + 5);

        Path pdf = folder.resolve("streamed.pdf");
        Path log = folder.resolve("export.log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + folder,
                "-cp", System.getProperty("java.class.path"), StreamedPacketExport.class.getName(), url,
                HexFormat.of().formatHex(secrets.hmacKey().getEncoded()), pdf.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("export finished in time").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("pages=\\d{4,}");

        PacketJson.Document data = PacketJson.read(new ByteArrayInputStream(
                PdfInspection.attachment(pdf, "packet.json")));
        List<NoteSection> notes = data.packet().notes().toList();
        assertThat(notes).extracting(NoteSection::noteId).containsExactlyElementsOf(expected);
        for (NoteSection note : notes) {
            if (note.noteId().startsWith("bulk-")) {
                assertThat(note.disclosures()).singleElement().extracting(DisclosureEntry::summary)
                        .isEqualTo(summary(note.noteId()));
            }
        }
        assertThat(data.packet().notes().count()).isEqualTo(expected.size());

        // Rendered again from the same notes held in one list, the file is byte for byte the same.
        Path held = folder.resolve("held.pdf");
        PacketWriter.pdf().write(data.packet(), PacketOptions.defaults(), held);
        assertThat(Files.mismatch(pdf, held)).as("first differing byte").isEqualTo(-1L);
    }

    private static String summary(String noteId) {
        return "Summary " + noteId + ": told the client I also keep a worry journal.";
    }

    /** Copies the draft note-4 of the story 5,000 times over the month, each with its own summary. */
    private static void seed(JdbcDataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement insert = connection.createStatement()) {
            int rows = insert.executeUpdate("INSERT INTO sr_disclosure_section (org_id, note_id, client_id,"
                    + " clinician_id, session_date, version, has_entries, section_json, flags_json, policy_version,"
                    + " created_at, updated_at, updated_by) SELECT org_id, 'bulk-' || X, 'client-' || MOD(X, 40),"
                    + " clinician_id, DATEADD(DAY, MOD(X * 7, 31), DATE '2026-03-01'), version, has_entries,"
                    + " REPLACE(section_json, 'Summary 4:', 'Summary bulk-' || X || ':'), flags_json,"
                    + " policy_version, created_at, updated_at, updated_by"
                    + " FROM sr_disclosure_section, SYSTEM_RANGE(1, " + BULK + ") WHERE note_id = 'note-4'");
            assertThat(rows).isEqualTo(BULK);
        }
    }

    /** The packet's order worked out here: supervisees as asked, then session date and note id. */
    private static List<String> expectedOrder(JdbcDataSource database) throws Exception {
        record Row(String clinician, LocalDate date, String noteId) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement select = connection.createStatement();
                ResultSet result = select.executeQuery("SELECT clinician_id, session_date, note_id"
                        + " FROM sr_disclosure_section")) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getObject(2, LocalDate.class), result.getString(3)));
            }
        }
        List<String> supervisees = List.of("clin", "clin2");
        return rows.stream().filter(r -> supervisees.contains(r.clinician()))
                .sorted(Comparator.comparing((Row r) -> supervisees.indexOf(r.clinician()))
                        .thenComparing(Row::date).thenComparing(Row::noteId))
                .map(Row::noteId).toList();
    }
}
