package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one strict reading of input, over HTTP: JSON types are never coerced, duplicate keys are
 * refused at any depth, sign-in is JSON only, versions are not negative, and a day in the
 * documented range is stored and read back exactly as sent.
 */
class StrictInputIT {

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

    private static String pointer(Answer answer) {
        return answer.json().get("errors").get(0).get("pointer").asText();
    }

    @Test
    void signInAsPlainTextIsRefusedWith415() {
        Answer answer = host.client().send("POST", "/api/login", "text/plain",
                "{\"userId\":\"clinician-1\",\"password\":\"demo\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPasswordSentAsANumberIsRefusedAndNeverCountsAsAFailedSignIn() {
        for (int i = 0; i < 8; i++) {
            Answer typed = host.client().post("/api/login", "{\"userId\":\"clinician-2\",\"password\":12345}");
            assertThat(typed.status()).isEqualTo(400);
            assertThat(pointer(typed)).isEqualTo("/password");
        }
        assertThat(host.client().login("clinician-2", "demo").status()).isEqualTo(200);
    }

    @Test
    void aFractionalOrQuotedOrNegativeVersionIsRefusedNamingTheField() {
        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        String note = clinician.get("/api/notes").json().get(0).get("noteId").asText();
        for (String version : new String[] {"1.5", "\"1\"", "-1", "true"}) {
            Answer answer = clinician.post("/api/notes/" + note + "/review/submit", "{\"version\":" + version + "}");
            assertThat(answer.status()).as(version).isEqualTo(400);
            assertThat(pointer(answer)).as(version).isEqualTo("/version");
        }
        Answer negative = clinician.put("/api/notes/" + note + "/disclosure", "{\"expectedVersion\":-1,\"section\":{}}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(pointer(negative)).isEqualTo("/expectedVersion");
    }

    @Test
    void aDuplicateKeyInsideTheSectionIsRefusedWithItsPointer() {
        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        String note = newNote(clinician, "2026-01-05");
        Answer answer = clinician.put("/api/notes/" + note + "/disclosure",
                "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true,\"noSelfDisclosure\":false}}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("duplicate-key");
        assertThat(pointer(answer)).isEqualTo("/section/noSelfDisclosure");
        assertThat(clinician.get("/api/notes/" + note).json().path("section").path("version").asLong(0)).isZero();
    }

    @Test
    void daysAcrossTheDocumentedRangeAreStoredExactlyAsSent() {
        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        for (String day : new String[] {"0001-01-01", "1000-01-01", "1582-10-10", "1899-12-31", "9999-12-31"}) {
            String note = newNote(clinician, day);
            assertThat(clinician.get("/api/notes/" + note).json().get("note").get("sessionDate").asText()).isEqualTo(day);
        }
        for (String day : new String[] {"0000-01-01", "+999999999-12-31", "-999999999-01-01"}) {
            Answer refused = clinician.post("/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"" + day
                    + "\",\"service\":\"x\",\"text\":\"y\"}");
            assertThat(refused.status()).as(day).isEqualTo(400);
            assertThat(pointer(refused)).isEqualTo("/sessionDate");
        }
    }

    @Test
    void queryDaysOutsideTheRangeAre400FieldErrorsOnEveryRoute() {
        ApiClient supervisor = host.client();
        supervisor.login("supervisor-1", "demo");
        for (String query : new String[] {"/api/meetings?from=-999999999-01-01", "/api/meetings?to=%2B999999999-12-31",
                "/api/hours?supervisee=clinician-1&to=%2B999999999-12-31", "/api/hours.csv?supervisee=clinician-1&from=0000-01-01"}) {
            Answer answer = supervisor.get(query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(pointer(answer)).as(query).isIn("/from", "/to");
        }
    }

    private static String newNote(ApiClient clinician, String day) {
        Answer created = clinician.post("/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"" + day
                + "\",\"service\":\"Individual psychotherapy\",\"text\":\"S: ok\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("noteId").asText();
    }
}
