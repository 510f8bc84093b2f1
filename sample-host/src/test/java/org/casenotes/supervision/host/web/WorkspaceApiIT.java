package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinician's and supervisor's workspace over the REST API: documentation required with
 * drafts kept, session dates checked against the practice's today, one vocabulary in two
 * languages, people by name, meetings with attendance and a password to sign.
 */
class WorkspaceApiIT {

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
    void anUndocumentedNoteIsRefusedADraftIsKeptWithItsProblemsAndTheFinishedNoteIsSubmitted() {
        ApiClient clinician = host.client();
        JsonNode me = clinician.login("clinician-1", "demo").json();
        String today = me.get("today").asText();
        assertThat(today).isEqualTo(LocalDate.now(java.time.ZoneId.of(me.get("timeZone").asText())).toString());
        String noteId = newNote(clinician, today);

        Answer undocumented = clinician.post("/api/notes/" + noteId + "/review/submit", "{\"version\":0}");
        assertThat(undocumented.status()).isEqualTo(422);
        assertThat(undocumented.json().get("errors").findValuesAsText("code")).containsExactly("undocumented");

        Answer draft = clinician.put("/api/notes/" + noteId + "/disclosure/draft",
                "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":false,\"entries\":[{\"type\":\"FACTS\"}]}}");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("complete").asBoolean()).isFalse();
        assertThat(draft.json().get("problems").findValuesAsText("pointer")).contains("/entries/0/summary");
        assertThat(clinician.get("/api/drafts").json().get("items").findValuesAsText("noteId")).contains(noteId);
        assertThat(clinician.get("/api/notes/" + noteId).json().get("draft").get("version").asInt()).isEqualTo(1);

        Answer incomplete = clinician.post("/api/notes/" + noteId + "/review/submit", "{\"version\":0}");
        assertThat(incomplete.json().get("errors").findValuesAsText("pointer")).contains("/section", "/section/entries/0/summary");

        clinician.put("/api/notes/" + noteId + "/disclosure", "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true}}");
        assertThat(clinician.post("/api/notes/" + noteId + "/review/submit", "{\"version\":0}").status()).isEqualTo(200);
        assertThat(clinician.get("/api/drafts").json().get("items").findValuesAsText("noteId")).doesNotContain(noteId);
    }

    @Test
    void aNoteDatedAfterThePracticesTodayIsRefusedAtSubmit() {
        ApiClient clinician = host.client();
        String today = clinician.login("clinician-1", "demo").json().get("today").asText();
        String noteId = newNote(clinician, LocalDate.parse(today).plusDays(1).toString());
        clinician.put("/api/notes/" + noteId + "/disclosure", "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true}}");

        Answer refused = clinician.post("/api/notes/" + noteId + "/review/submit", "{\"version\":0}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("pointer").asText()).isEqualTo("/sessionDate");
        assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("in-future");
    }

    @Test
    void theVocabularyIsServedInSpanishAndMeetingsCarryLabelsAndNames() {
        JsonNode es = host.client().get("/api/vocabulary?locale=es").json();
        assertThat(es.get("labels").get("ReviewState").get("CHANGES_REQUESTED").asText()).isEqualTo("Cambios solicitados");
        assertThat(es.get("labels").get("FlagRule").get("pattern").asText()).isEqualTo("Patrón con este cliente");

        ApiClient supervisor = host.client();
        supervisor.login("supervisor-1", "demo");
        assertThat(supervisor.get("/api/people/supervisees").json().get("items").findValuesAsText("userId"))
                .contains("clinician-1", "clinician-2");
        JsonNode meetings = supervisor.get("/api/meetings?locale=es").json();
        JsonNode group = meetings.get(1);
        assertThat(group.get("formatLabel").asText()).isEqualTo("Grupal");
        assertThat(group.get("attendees").findValuesAsText("attendanceLabel")).containsExactly("Presente", "Ausente");
        assertThat(group.get("attendees").findValuesAsText("displayName")).doesNotContain("clinician-1");
        String id = group.get("id").asText();
        long version = group.get("version").asLong();
        assertThat(supervisor.get("/api/meetings/" + id + "/owners").json().get("total").asInt()).isEqualTo(3);
        assertThat(supervisor.get("/api/meetings/" + id).json().get("signAttestationText").asText())
                .startsWith("I attest that these case notes");

        Answer unsigned = supervisor.post("/api/meetings/" + id + "/sign", "{\"version\":" + version + ",\"password\":\"wrong\"}");
        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(unsigned.json().get("code").asText()).isEqualTo("signature.password");
    }

    @Test
    void aClinicianMarksTheirOwnActionItemDone() {
        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        JsonNode meetings = clinician.get("/api/meetings").json();
        String open = null;
        for (JsonNode meeting : meetings) {
            for (JsonNode item : meeting.get("actionItems")) {
                if (item.get("closedAt").isNull() && item.get("ownerId").asText().equals("clinician-1")) {
                    open = item.get("id").asText();
                }
            }
        }
        assertThat(open).isNotNull();

        Answer done = clinician.post("/api/action-items/" + open + "/done", "{}");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("closedAt").isNull()).isFalse();
        assertThat(clinician.post("/api/action-items/" + open + "/done", "{}").status()).isEqualTo(409);
    }

    @Test
    void listsArePagedWithATotalAnAdminIsToldWhyThereIsNoQueueAndThePolicyPublishesItsSchema() {
        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        Answer all = clinician.get("/api/notes");
        int total = Integer.parseInt(all.header("X-Total-Count"));
        JsonNode page2 = clinician.get("/api/notes?page=2&pageSize=5").json();
        assertThat(page2.get("total").asInt()).isEqualTo(total).isGreaterThan(5);
        assertThat(page2.get("items").size()).isEqualTo(Math.min(5, total - 5));
        assertThat(clinician.get("/api/notes?page=0").status()).isEqualTo(422);

        ApiClient admin = host.client();
        admin.login("admin-1", "demo");
        JsonNode queue = admin.get("/api/queue").json();
        assertThat(queue.get("items").size()).isZero();
        assertThat(queue.get("explanation").get("code").asText()).isEqualTo("queue.admin");
        JsonNode schema = admin.get("/api/policy/schema?locale=es").json();
        assertThat(schema.get("properties").get("coSign").get("properties").get("dueDays").get("maximum").asInt())
                .isEqualTo(365);
        assertThat(schema.get("title").asText()).isEqualTo("Política de revisión");
    }

    private static String newNote(ApiClient clinician, String sessionDate) {
        return clinician.post("/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"" + sessionDate
                + "\",\"service\":\"Individual psychotherapy\",\"text\":\"S: week\\nP: weekly\"}").json().get("noteId").asText();
    }
}
