package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FHIR routes over the demo practice with the built plugin: the same rights as the reads
 * they export, each export audited, FHIR JSON out.
 */
class FhirRoutesIT {

    @TempDir
    static Path temp;

    static RunningHost host;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.start(temp);
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @Test
    void aNotesReviewIsAFhirBundleForItsSupervisorAndRefusedLikeTheNoteToOthers() {
        String note = "/api/fhir/notes/note-01-" + firstDemoNoteDate();
        ApiClient admin = host.client();
        admin.login("admin-1", "demo");
        long eventsBefore = admin.get("/api/audit/verify").json().get("eventCount").asLong();
        ApiClient supervisor = host.client();
        supervisor.login("supervisor-1", "demo");

        Answer bundle = supervisor.get(note + "?type=transaction");

        assertThat(bundle.status()).as(bundle.body()).isEqualTo(200);
        assertThat(bundle.contentType()).startsWith("application/fhir+json");
        JsonNode json = bundle.json();
        assertThat(json.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(json.get("type").asText()).isEqualTo("transaction");
        assertThat(json.get("entry").get(0).get("resource").get("resourceType").asText()).isEqualTo("Task");
        assertThat(admin.get("/api/audit/verify").json().get("eventCount").asLong())
                .as("the history read and the export event").isGreaterThanOrEqualTo(eventsBefore + 2);

        ApiClient colleague = host.client();
        colleague.login("clinician-2", "demo");
        assertThat(colleague.get(note).status()).isEqualTo(403);
        ApiClient outsider = host.client();
        outsider.login("org2-supervisor", "demo");
        assertThat(outsider.get(note).status()).isEqualTo(404);
        Answer unknownMode = supervisor.get(note + "?identity=everyone");
        assertThat(unknownMode.status()).isEqualTo(422);
        assertThat(unknownMode.json().get("errors").get(0).get("pointer").asText()).isEqualTo("/identity");
    }

    @Test
    void aPeriodNeedsTheSupervisorAndTheQuestionnaireComesInSpanish() {
        String period = "/api/fhir/period?supervisee=clinician-1&from=" + LocalDate.now().minusWeeks(8)
                + "&to=" + LocalDate.now();
        ApiClient supervisor = host.client();
        supervisor.login("supervisor-1", "demo");
        JsonNode bundle = supervisor.get(period).json();
        assertThat(bundle.get("type").asText()).isEqualTo("collection");
        assertThat(bundle.get("entry").findValuesAsText("resourceType")).contains("Task", "Provenance",
                "QuestionnaireResponse");

        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        assertThat(clinician.get(period).status()).isEqualTo(403);
        Answer form = clinician.get("/api/fhir/questionnaire?locale=es");
        assertThat(form.json().get("resourceType").asText()).isEqualTo("Questionnaire");
        assertThat(form.json().get("language").asText()).isEqualTo("es");
    }

    private static String firstDemoNoteDate() {
        return LocalDate.now().minusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).toString();
    }
}
