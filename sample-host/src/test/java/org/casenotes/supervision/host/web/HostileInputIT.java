package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile inputs replayed against every endpoint that takes a body or an id:
 * each answer is a 4xx problem document, never a 5xx, and SQL-looking text is stored verbatim.
 */
class HostileInputIT {

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

    static final List<String> BODY_PATHS = List.of("/api/notes", "/api/notes/NOTE/disclosure", "/api/notes/NOTE/review/submit",
            "/api/notes/NOTE/review/co-sign", "/api/notes/NOTE/comments", "/api/queue/co-sign", "/api/policy",
            "/api/meetings/x/sign", "/api/login");

    /** Texts that look hostile but are valid content: SQL and markup are stored verbatim and escaped on display. */
    static final List<String> LEGITIMATE_CONTENT = List.of("DROP TABLE sr_review", "<script>alert(1)</script>");

    static List<byte[]> hostileBodies() {
        List<String> texts = new ArrayList<>(List.of(
                "", "{", "}", "null", "[]", "42", "\"text\"", "{\"a\":", "{\"version\":\"one\"}", "{\"version\":1.5e400}",
                "{\"expectedVersion\":-1,\"section\":[]}", "{\"section\":{\"entries\":\"all\"},\"expectedVersion\":0}",
                "{\"unknown\":true}", "{\"version\":1,\"text\":\"\\u0000\\u0001\\u0007\"}",
                "{\"version\":1,\"text\":\"'; DROP TABLE sr_review; --\"}",
                "{\"version\":1,\"text\":\"<script>alert(1)</script>\"}",
                "{\"notes\":[{\"noteId\":\"../../etc/passwd\",\"version\":1}],\"password\":\"demo\"}",
                "{\"expectedVersion\":1,\"document\":{\"coSignDueDays\":\"seven\"}}",
                "{\"clientId\":\"client-a\",\"sessionDate\":\"2026-01-01\",\"service\":\"x\",\"text\":\"other practice's client\"}",
                "[".repeat(3000) + "]".repeat(3000),
                "{\"a\":".repeat(2000) + "1" + "}".repeat(2000),
                "{\"version\":1,\"text\":\"" + "x".repeat(900_000) + "\"}"));
        List<byte[]> bodies = new ArrayList<>();
        texts.forEach(t -> bodies.add(t.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        return bodies;
    }

    @Test
    void hostileBodiesAreAnsweredWith4xxProblemsNeverA5xx() {
        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        String note = clinician.get("/api/notes").json().get(0).get("noteId").asText();
        int tried = 0;
        int fiveHundreds = 0;
        for (String path : BODY_PATHS) {
            for (byte[] body : hostileBodies()) {
                Answer answer = clinician.postBytes(path.replace("NOTE", note), body, true);
                tried++;
                String text = new String(body, StandardCharsets.UTF_8);
                if (LEGITIMATE_CONTENT.stream().anyMatch(text::contains)) {
                    // Hostile-looking but valid text: stored as typed where the request is otherwise right.
                    assertThat(answer.status()).as(path + " <- " + preview(body)).isLessThan(500);
                } else {
                    assertThat(answer.status()).as(path + " <- " + preview(body)).isBetween(400, 499);
                    assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
                }
                fiveHundreds += answer.status() >= 500 ? 1 : 0;
            }
        }
        assertThat(tried).isEqualTo(BODY_PATHS.size() * hostileBodies().size());
        assertThat(fiveHundreds).isZero();
    }

    @Test
    void hostileIdsInPathsAreAnsweredWith4xxProblems() {
        ApiClient supervisor = host.client();
        supervisor.login("supervisor-1", "demo");
        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%00b", "..;", "%c3%28", "x".repeat(4000),
                "note-1'%20OR%20'1'='1", "%3Cscript%3E")) {
            for (String path : List.of("/api/notes/", "/api/meetings/")) {
                Answer answer = supervisor.get(path + id);
                assertThat(answer.status()).as(path + id).isBetween(400, 499);
                assertThat(answer.contentType()).as(path + id).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void sqlLookingTextIsStoredVerbatimAndHarmless() {
        ApiClient clinician = host.client();
        clinician.login("clinician-1", "demo");
        String text = "S: '; DROP TABLE clinic_note; -- \" OR 1=1 /* <b>bold</b>";
        String noteId = clinician.post("/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"2026-01-05\","
                + "\"service\":\"x\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}").json().get("noteId").asText();
        assertThat(clinician.get("/api/notes/" + noteId).json().get("note").get("text").asText()).isEqualTo(text);
        assertThat(clinician.get("/api/notes").status()).isEqualTo(200);
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 60 ? text.substring(0, 60) + "…(" + body.length + " bytes)" : text;
    }
}
