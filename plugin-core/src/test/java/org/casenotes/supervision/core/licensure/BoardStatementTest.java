package org.casenotes.supervision.core.licensure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.licensure.CaliforniaBbsPackTest.dec;
import static org.casenotes.supervision.core.licensure.LicensureClinic.ADMIN;
import static org.casenotes.supervision.core.licensure.LicensureClinic.ORG;
import static org.casenotes.supervision.core.licensure.LicensureClinic.SUP;
import static org.casenotes.supervision.core.licensure.LicensureClinic.ZONE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.licensure.BoardStatement;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.packet.VeraPdf;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board statement and close-out a supervisor signs: drawn through the packet's PDF layer as
 * PDF/A-3b (veraPDF), read back with pdftotext against rows worked by hand, with the signature
 * line, the attestation, the rules not met and the embedded CSV; refused to anyone but an
 * assigned supervisor, and a close-out only once the assignment has ended.
 */
class BoardStatementTest {

    @TempDir
    Path temp;

    /** A Texas month: 2 h individual (sup-1), 2 h group (3 present): 4 h, group 50 %, all met; April begun. */
    private LicensureClinic texasMarch() {
        LicensureClinic clinic = new LicensureClinic(TestDatabases.h2(), PolicySource.BUILT_IN);
        clinic.packs.put("clin-1", "us-tx-lpc-associate");
        clinic.directHours.put(LocalDate.of(2026, 3, 1), dec("20"));
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-03-03T09:00", 120, Map.of(), "clin-1");
        clinic.held(MeetingFormat.GROUP, Modality.IN_PERSON, "2026-03-10T09:00", 120, Map.of(), "clin-1", "clin-2",
                "clin-3");
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-04-07T09:00", 60, Map.of(), "clin-1");
        return clinic;
    }

    @Test
    void theStatementIsArchivalAndReadsTheBoardsRowsAndTheSignature() throws Exception {
        LicensureClinic clinic = texasMarch();
        Path file = temp.resolve("statement.pdf");

        BoardStatement written = clinic.module.licensure().boardStatement(SUP, "clin-1", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), ZONE, Locale.ENGLISH, file);

        assertThat(VeraPdf.pdfA3bFailures(file)).isEmpty();
        assertThat(written.pages()).isPositive();
        assertThat(written.closeOut()).isFalse();
        assertThat(written.signatureLine()).isEqualTo(
                "Electronically signed by Person sup-1, PhD, LMFT, LMFT 98765 (US-CA) on 2026-04-15");
        String text = layoutText(file);
        assertThat(text).contains("Supervision statement for the board", "Board: Texas",
                "Supervisee: Person clin-1, AMFT", "Supervisor: Person sup-1, PhD, LMFT", "Period: 2026-03-01 to 2026-04-30",
                "Monthly summary in the board's fields", "2026-03 2.00 2.00 4.00 50.0 20.00 yes",
                "2026-04 1.00 0.00 1.00 0.0 0.00",
                "Supervisor's statement", "I, Person sup-1, attest that I supervised Person clin-1",
                "Electronically signed by Person sup-1, PhD, LMFT, LMFT 98765 (US-CA) on 2026-04-15",
                "Licence: LMFT 98765 (US-CA)", "Date: 2026-04-15", "not the board's official form");
        assertThat(text).doesNotContain("Totals for the assignment period");
        // April is not over on 15 April: its four hours are not reached yet, so not known, with the reason.
        assertThat(text).contains("2026-04: not known, At least 4 hours of supervision.");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDComplexFileSpecification csv = new PDDocumentNameDictionary(pdf.getDocumentCatalog())
                    .getEmbeddedFiles().getNames().get("board-summary.csv");
            assertThat(new String(csv.getEmbeddedFile().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("us-tx-lpc-associate v1,Person clin-1,Person sup-1,2026-03,2.00,2.00,4.00,50.0,20.00,yes");
        }
    }

    @Test
    void inSpanishTheStatementSpeaksSpanishAroundTheBoardsOwnFields() throws Exception {
        LicensureClinic clinic = texasMarch();
        Path file = temp.resolve("declaracion.pdf");

        clinic.module.licensure().boardStatement(SUP, "clin-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                ZONE, Locale.forLanguageTag("es"), file);

        assertThat(VeraPdf.pdfA3bFailures(file)).isEmpty();
        String text = layoutText(file);
        assertThat(text).contains("Declaración de supervisión para el colegio profesional",
                "Resumen mensual con los campos del colegio profesional", "2026-03 2.00 2.00 4.00 50.0 20.00 sí",
                "Yo, Person sup-1, declaro que supervisé a Person clin-1",
                "Electronically signed by Person sup-1, PhD, LMFT, LMFT 98765 (US-CA) on 2026-04-15",
                "Página 1 de");
    }

    @Test
    void theCloseOutCoversTheWholeEndedAssignmentWithItsTotals() throws Exception {
        LicensureClinic clinic = texasMarch();
        clinic.assignmentEnded("clin-1", LocalDate.of(2026, 3, 31));
        Path file = temp.resolve("close-out.pdf");

        BoardStatement written = clinic.module.licensure().closeOut(SUP, "clin-1", ZONE, Locale.ENGLISH, file);

        assertThat(VeraPdf.pdfA3bFailures(file)).isEmpty();
        assertThat(written.closeOut()).isTrue();
        assertThat(written.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(written.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        String text = layoutText(file);
        assertThat(text).contains("Supervision close-out for the board", "Assignment: 2025-01-01 to 2026-03-31",
                "Totals for the assignment period", "Weeks or months: 15", "Weeks or months meeting every rule: 1",
                "Supervision meetings: 2", "Individual supervision hours: 2.00", "Group supervision hours: 2.00",
                "Supervision hours: 4.00", "Direct client hours: 20.00",
                "my supervision of Person clin-1 began on 2025-01-01 and ended on 2026-03-31",
                "2025-01 0.00 0.00 0.00 0.0", "2026-03 2.00 2.00 4.00 50.0 20.00 yes");
        assertThat(text).as("April is after the assignment: no row, no note").doesNotContain("2026-04 1.00")
                .doesNotContain("2026-04:");
    }

    @Test
    void onlyAnAssignedSupervisorSignsAndACloseOutWaitsForTheEnd() {
        LicensureClinic clinic = texasMarch();
        Path file = temp.resolve("x.pdf");
        LocalDate first = LocalDate.of(2026, 3, 1);
        LocalDate last = LocalDate.of(2026, 3, 31);

        assertThatThrownBy(() -> clinic.module.licensure().boardStatement(ADMIN, "clin-1", first, last, ZONE,
                Locale.ENGLISH, file)).isInstanceOf(ForbiddenException.class)
                .extracting("code").isEqualTo("licensure.not-supervisor");
        assertThatThrownBy(() -> clinic.module.licensure().boardStatement(Actor.of("sup-2", ORG, Role.SUPERVISOR),
                "clin-1", first, last, ZONE, Locale.ENGLISH, file)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> clinic.module.licensure().closeOut(SUP, "clin-1", ZONE, Locale.ENGLISH, file))
                .isInstanceOf(InvalidStateException.class).extracting("code")
                .isEqualTo("licensure.assignment-not-ended");
        clinic.assignmentEnded("clin-1", LocalDate.of(2026, 4, 16));
        assertThatThrownBy(() -> clinic.module.licensure().closeOut(SUP, "clin-1", ZONE, Locale.ENGLISH, file))
                .as("an assignment ending tomorrow has not ended").isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> clinic.module.licensure().boardStatement(SUP, "clin-1", last, first, ZONE,
                Locale.ENGLISH, file)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> clinic.module.licensure().boardStatement(SUP, "clin-1", first, last, ZONE,
                Locale.ENGLISH, temp.resolve("missing").resolve("x.pdf"))).isInstanceOf(ValidationException.class);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void eachRefusedStatementOrCloseOutNamesItsOwnCauseInTheClinicsWords() {
        LicensureClinic clinic = texasMarch();
        Path file = temp.resolve("x.pdf");
        LocalDate first = LocalDate.of(2026, 3, 1);
        LocalDate last = LocalDate.of(2026, 3, 31);
        Actor neverAssigned = Actor.of("sup-2", ORG, Role.SUPERVISOR);
        var licensure = clinic.module.licensure();
        Map<String, org.assertj.core.api.ThrowableAssert.ThrowingCallable> causes = new java.util.LinkedHashMap<>();
        causes.put("licensure.not-supervisor", () -> licensure.closeOut(ADMIN, "clin-1", ZONE, Locale.ENGLISH, file));
        causes.put("licensure.supervisee-not-found", () -> licensure.closeOut(SUP, "unknown-1", ZONE, Locale.ENGLISH,
                file));
        causes.put("licensure.never-assigned", () -> licensure.closeOut(neverAssigned, "clin-1", ZONE, Locale.ENGLISH,
                file));
        causes.put("licensure.assignment-not-ended", () -> licensure.closeOut(SUP, "clin-1", ZONE, Locale.ENGLISH,
                file));
        causes.put("licensure.not-assigned", () -> licensure.boardStatement(neverAssigned, "clin-1", first, last, ZONE,
                Locale.ENGLISH, file));

        java.util.Set<String> messages = new java.util.HashSet<>();
        causes.forEach((code, call) -> {
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(call);
            assertThat(refused).as(code).isInstanceOf(org.casenotes.supervision.api.error.SupervisionException.class)
                    .extracting("code").isEqualTo(code);
            assertThat(refused.getMessage()).as(code).doesNotContainIgnoringCase("actor").doesNotContain("null");
            messages.add(refused.getMessage());
        });
        assertThat(messages).as("one message per cause").hasSize(causes.size());
        assertThatThrownBy(() -> licensure.boardStatement(SUP, "unknown-1", first, last, ZONE, Locale.ENGLISH, file))
                .extracting("code").isEqualTo("licensure.supervisee-not-found");
    }

    /** pdftotext -layout (each table row on one line), whitespace runs made one space. */
    static String layoutText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(text).isZero();
        return text.replaceAll("\\s+", " ");
    }
}
