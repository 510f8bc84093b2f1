package org.casenotes.supervision.host.web.licensure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board summaries of the demo practice's four associates, one per board, for February 2026
 * (four whole Sunday-to-Saturday weeks), through the built plugin in a running host; the rows
 * are worked by hand in docs/licensure.md.
 */
class BoardSummaryIT {

    private static final String FEBRUARY = "&supervisor=supervisor-3&from=2026-02-01&to=2026-02-28";
    private static final String WHO = ",Dr. Maya Chen,";

    @TempDir
    static Path temp;

    private static RunningHost host;
    private static ApiClient supervisor;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.start(temp);
        supervisor = host.client();
        assertThat(supervisor.login("supervisor-3", "demo").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @Test
    void californiaWeeklyRowsInTheBoardsFields() {
        assertThat(csv("associate-ca")).isEqualTo(lines(
                "Rule pack,Supervisee,Supervisor,Week beginning,Week ending,Direct clinical counseling hours,"
                        + "Individual supervision hours,Triadic supervision hours,Group supervision hours,"
                        + "Supervision units,Supervision hours credited,Week meets the supervision rules",
                "us-ca-bbs-amft v1,Diego Navarro" + WHO + "2026-02-01,2026-02-07,10.00,1.00,0.00,0.00,1.00,1.00,yes",
                "us-ca-bbs-amft v1,Diego Navarro" + WHO + "2026-02-08,2026-02-14,10.00,1.00,0.00,0.00,1.00,1.00,yes",
                "us-ca-bbs-amft v1,Diego Navarro" + WHO + "2026-02-15,2026-02-21,11.00,1.00,0.00,2.00,2.00,3.00,yes",
                "us-ca-bbs-amft v1,Diego Navarro" + WHO + "2026-02-22,2026-02-28,12.00,1.00,0.00,0.00,1.00,1.00,no"));
    }

    @Test
    void texasFloridaAndNewYorkMonthlyRowsInTheBoardsFields() {
        assertThat(csv("associate-tx")).isEqualTo(lines(
                "Rule pack,Supervisee,Supervisor,Month,Individual supervision hours,Group supervision hours,"
                        + "Total supervision hours,Group share (%),Direct client contact hours,"
                        + "Month meets the supervision rules",
                "us-tx-lpc-associate v1,Grace Whitfield" + WHO + "2026-02,4.00,4.00,8.00,50.0,80.00,yes"));
        assertThat(csv("associate-fl")).isEqualTo(lines(
                "Rule pack,Supervisee,Supervisor,Month,Psychotherapy hours,Individual supervision hours,"
                        + "Group supervision hours,In-person supervision hours,Video supervision hours,"
                        + "Total supervision hours,Month meets the supervision rules",
                "us-fl-registered-intern v1,Amara Okoye" + WHO + "2026-02,60.00,3.00,2.00,4.00,1.00,5.00,yes"));
        assertThat(csv("associate-ny")).isEqualTo(lines(
                "Rule pack,Supervisee,Supervisor,Month,Individual supervision hours,Group supervision hours,"
                        + "Total supervision hours,Month meets the supervision rules",
                "us-ny-lmhc v2,Ethan Park" + WHO + "2026-02,4.17,4.00,8.17,no"));
    }

    @Test
    void theCheckExplainsEachRuleInSpanishWithItsCitation() {
        ApiClient.Answer answer = supervisor.get("/api/licensure/check?supervisee=associate-ca" + FEBRUARY
                + "&locale=es");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode week4 = answer.json().get("periods").get(3);
        JsonNode secondUnit = rule(week4, "second-unit");
        assertThat(secondUnit.get("outcome").asText()).isEqualTo("NOT_MET");
        assertThat(secondUnit.get("explanation").asText()).isEqualTo(
                "12 horas de atención directa, más de 10: solo 1 unidad de supervisión, se necesitan al menos 2.");
        assertThat(secondUnit.get("citation").get("source").asText()).isEqualTo("Cal. Bus. & Prof. Code §4980.43.1");
        assertThat(answer.json().get("pack").get("id").asText()).isEqualTo("us-ca-bbs-amft");
    }

    @Test
    void aColleagueMayNotCheckAnotherSuperviseeAndAnUnknownPackIsNotFound() {
        ApiClient colleague = host.client();
        colleague.login("clinician-1", "demo");

        assertThat(colleague.get("/api/licensure/check?supervisee=associate-tx" + FEBRUARY).status()).isEqualTo(403);
        assertThat(supervisor.get("/api/licensure/rule-packs/us-zz-nothing").status()).isEqualTo(404);
        assertThat(supervisor.get("/api/licensure/rule-packs").json()).hasSize(7);
    }

    /** In this class because it needs the same demo host, which takes long to start. */
    @Test
    void aSignedDemoMeetingShowsTheSupervisorsCredentialsAndLicence() {
        JsonNode meeting = supervisor.get("/api/meetings?from=2026-02-03&to=2026-02-03").json().get(0);
        String id = meeting.get("id").asText();
        assertThat(supervisor.get("/api/meetings/" + id + "/signature").status()).isEqualTo(404);

        ApiClient.Answer signed = supervisor.post("/api/meetings/" + id + "/sign",
                "{\"version\": " + meeting.get("version").asLong() + ", \"password\": \"demo\"}");
        ApiClient.Answer signature = supervisor.get("/api/meetings/" + id + "/signature");

        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signature.json().get("signatureLine").asText()).startsWith(
                "Electronically signed by Dr. Maya Chen, PhD, LMFT, LPC-S, LMFT CA-120001 (US-CA) on ");
        assertThat(signature.json().get("attestationText").asText()).endsWith("meeting I led on 2026-02-03.");
        assertThat(signature.json().get("licence").get("number").asText()).isEqualTo("CA-120001");
    }

    @Test
    void theSignedBoardStatementShowsEachBoardsRowsAndTheSupervisorsSignature() throws Exception {
        String ca = statement("associate-ca", "en");
        assertThat(ca).contains("Supervision statement for the board", "Board: California Board of Behavioral Sciences",
                "Supervisee: Diego Navarro", "Supervisor: Dr. Maya Chen, PhD, LMFT, LPC-S",
                "Period: 2026-02-01 to 2026-02-28", "Weekly summary in the board's fields",
                "2026-02-01 2026-02-07 10.00 1.00 0.00 0.00 1.00 1.00 yes",
                "2026-02-08 2026-02-14 10.00 1.00 0.00 0.00 1.00 1.00 yes",
                "2026-02-15 2026-02-21 11.00 1.00 0.00 2.00 2.00 3.00 yes",
                "2026-02-22 2026-02-28 12.00 1.00 0.00 0.00 1.00 1.00 no",
                "2026-02-22 – 2026-02-28: not met, At least 2 units of supervision when direct client hours exceed 10.",
                "Totals for the period", "Supervision hours: 6.00",
                "I, Dr. Maya Chen, attest that I supervised Diego Navarro",
                "Licence: LMFT CA-120001 (US-CA)");
        assertThat(ca).containsPattern("Electronically signed by Dr\\. Maya Chen, PhD, LMFT, LPC-S, LMFT CA-120001 \\(US-CA\\)"
                + " on \\d{4}-\\d{2}-\\d{2}");
        assertThat(statement("associate-tx", "en")).contains("2026-02 4.00 4.00 8.00 50.0 80.00 yes");
        assertThat(statement("associate-fl", "en")).contains("2026-02 60.00 3.00 2.00 4.00 1.00 5.00 yes");
        String ny = statement("associate-ny", "es");
        assertThat(ny).contains("Declaración de supervisión para el colegio profesional",
                "2026-02 4.17 4.00 8.17 no", "no cumplida", "Yo, Dr. Maya Chen, declaro");
    }

    @Test
    void aStatementNeedsTheSignersPasswordAndACloseOutAnEndedAssignment() {
        ApiClient other = host.client();
        other.login("supervisor-1", "demo");
        ApiClient.Answer wrongPassword = other.post("/api/licensure/board-statement",
                "{\"supervisee\": \"associate-tx\", \"from\": \"2026-02-01\", \"to\": \"2026-02-28\","
                        + " \"password\": \"not-it\"}");
        ApiClient.Answer notAssigned = other.post("/api/licensure/board-statement",
                "{\"supervisee\": \"associate-tx\", \"from\": \"2026-02-01\", \"to\": \"2026-02-28\","
                        + " \"password\": \"demo\"}");
        ApiClient.Answer badLocale = supervisor.post("/api/licensure/board-statement",
                "{\"supervisee\": \"associate-tx\", \"from\": \"2026-02-01\", \"to\": \"2026-02-28\","
                        + " \"locale\": \"fr\", \"password\": \"demo\"}");
        ApiClient.Answer openAssignment = supervisor.post("/api/licensure/close-out",
                "{\"supervisee\": \"associate-tx\", \"password\": \"demo\"}");

        assertThat(wrongPassword.status()).isEqualTo(403);
        assertThat(wrongPassword.json().get("code").asText()).isEqualTo("signature.password");
        assertThat(notAssigned.status()).as(notAssigned.body()).isEqualTo(403);
        assertThat(notAssigned.json().get("code").asText()).isEqualTo("licensure.not-assigned");
        assertThat(badLocale.status()).isEqualTo(422);
        assertThat(badLocale.json().get("errors").get(0).get("pointer").asText()).isEqualTo("/locale");
        assertThat(openAssignment.status()).as(openAssignment.body()).isEqualTo(409);
        assertThat(openAssignment.json().get("code").asText()).isEqualTo("licensure.assignment-not-ended");
    }

    /** The statement's text as pdftotext -layout reads it (a table row on one line), whitespace runs made one space. */
    private static String statement(String supervisee, String locale) throws Exception {
        ApiClient.Answer answer = supervisor.post("/api/licensure/board-statement", "{\"supervisee\": \"" + supervisee
                + "\", \"from\": \"2026-02-01\", \"to\": \"2026-02-28\", \"locale\": \"" + locale
                + "\", \"password\": \"demo\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/pdf");
        Path pdf = temp.resolve(supervisee + "-" + locale + ".pdf");
        Files.write(pdf, answer.raw().body());
        Process pdftotext = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdftotext.waitFor()).isZero();
        return text.replaceAll("\\s+", " ");
    }

    private static String csv(String supervisee) {
        ApiClient.Answer answer = supervisor.get("/api/licensure/board.csv?supervisee=" + supervisee + FEBRUARY);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode rule(JsonNode period, String id) {
        for (JsonNode rule : period.get("rules")) {
            if (rule.get("ruleId").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static String lines(String... rows) {
        return String.join("\r\n", rows) + "\r\n";
    }
}
