package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint once with an answer that succeeds and once with one that is refused, read
 * from a table: who asks, what, and the status expected. Refusals are always problem documents.
 */
class EndpointsIT {

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

    static Stream<Arguments> table() {
        String note = "note-01-" + LocalDate.now().minusWeeks(8).with(
                java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        return Stream.of(
                // user, method, path, body, expected status
                row("clinician-1", "GET", "/api/me", null, 200),
                row("clinician-1", "GET", "/api/clients", null, 200),
                row("clinician-1", "GET", "/api/notes", null, 200),
                row("supervisor-1", "POST", "/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"2026-01-01\",\"service\":\"x\",\"text\":\"y\"}", 403),
                row("clinician-1", "POST", "/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"2026-02-30\",\"service\":\"\",\"text\":\"y\"}", 422),
                row("clinician-1", "POST", "/api/notes", "{\"clientId\":\"client-a\",\"sessionDate\":\"2026-01-01\",\"service\":\"x\",\"text\":\"y\"}", 422),
                row("clinician-1", "GET", "/api/notes/" + note, null, 200),
                row("clinician-1", "GET", "/api/notes/no-such-note", null, 404),
                row("clinician-1", "GET", "/api/schema/self-disclosure", null, 200),
                row("clinician-1", "PUT", "/api/notes/" + note + "/disclosure", "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true}}", 409),
                row("clinician-1", "PUT", "/api/notes/" + note + "/disclosure", "{\"expectedVersion\":1}", 400),
                row("clinician-1", "POST", "/api/notes/" + note + "/review/approve", "{\"version\":1}", 404),
                row("clinician-1", "POST", "/api/notes/" + note + "/review/co-sign", "{\"version\":1,\"password\":\"demo\"}", 403),
                row("clinician-1", "POST", "/api/notes/" + note + "/comments", "{\"version\":999,\"text\":\"late\"}", 409),
                row("supervisor-1", "GET", "/api/queue?flagged=true", null, 200),
                row("supervisor-1", "GET", "/api/queue?state=DRAFTY", null, 422),
                row("clinician-1", "GET", "/api/queue", null, 200),
                row("supervisor-1", "GET", "/api/queue?after=not-a-cursor", null, 422),
                row("supervisor-1", "POST", "/api/queue/co-sign", "{\"notes\":[],\"password\":\"demo\"}", 422),
                row("supervisor-1", "POST", "/api/queue/co-sign", "{\"notes\":[{\"noteId\":\"" + note + "\",\"version\":1}],\"password\":\"bad\"}", 403),
                row("supervisor-1", "GET", "/api/meetings", null, 200),
                row("supervisor-1", "GET", "/api/meetings/no-such-meeting", null, 404),
                row("supervisor-1", "POST", "/api/meetings/no-such-meeting/sign", "{\"version\":1,\"password\":\"demo\"}", 404),
                row("supervisor-1", "POST", "/api/meetings", "{\"supervisees\":[\"clinician-2\"],\"startsAt\":\"2026-12-01T10:00\","
                        + "\"durationMinutes\":60,\"format\":\"INDIVIDUAL\",\"modality\":\"VIDEO\"}", 201),
                row("supervisor-1", "POST", "/api/meetings", "{\"supervisees\":[\"clinician-2\"],\"startsAt\":\"soon\","
                        + "\"durationMinutes\":60,\"format\":\"ONE\",\"modality\":\"VIDEO\"}", 422),
                row("clinician-1", "POST", "/api/meetings", "{\"supervisees\":[\"clinician-2\"],\"startsAt\":\"2026-12-01T10:00\","
                        + "\"durationMinutes\":60,\"format\":\"INDIVIDUAL\",\"modality\":\"VIDEO\"}", 403),
                row("supervisor-1", "POST", "/api/meetings/none/agenda/propose", "{\"version\":1}", 404),
                row("supervisor-1", "POST", "/api/meetings/none/agenda/topics", "{\"version\":1,\"topic\":\"t\"}", 404),
                row("supervisor-1", "POST", "/api/meetings/none/held", "{\"version\":1}", 404),
                row("supervisor-1", "PUT", "/api/meetings/none/case-notes", "{\"version\":1,\"items\":[]}", 404),
                row("supervisor-1", "POST", "/api/meetings/none/action-items", "{\"version\":1,\"text\":\"t\",\"ownerId\":\"clinician-1\"}", 404),
                row("supervisor-1", "POST", "/api/meetings/none/action-items/x/complete", "{\"version\":1}", 404),
                row("supervisor-1", "GET", "/api/hours?supervisee=clinician-1", null, 200),
                row("supervisor-1", "GET", "/api/hours", null, 422),
                row("supervisor-1", "GET", "/api/hours.csv?supervisee=clinician-1", null, 200),
                row("org2-supervisor", "GET", "/api/hours?supervisee=clinician-1", null, 404),
                row("supervisor-1", "POST", "/api/packets", "{\"supervisees\":[\"clinician-1\"],\"from\":\"" + LocalDate.now().minusDays(14)
                        + "\",\"to\":\"" + LocalDate.now() + "\",\"identity\":\"CODED\",\"locale\":\"es\"}", 200),
                row("supervisor-1", "POST", "/api/packets", "{\"supervisees\":[\"clinician-1\"],\"from\":\"2026-10-01\","
                        + "\"to\":\"2026-10-31\",\"password\":\"s3cret\"}", 200),
                row("supervisor-1", "POST", "/api/packets", "{\"supervisees\":[\"clinician-1\"],\"from\":\"2026-10-31\",\"to\":\"2026-10-01\"}", 422),
                row("supervisor-1", "POST", "/api/packets", "{\"supervisees\":[\"clinician-1\"],\"from\":\"2026-10-01\",\"to\":\"2026-10-31\",\"identity\":\"NAMES\"}", 422),
                row("clinician-1", "POST", "/api/packets", "{\"supervisees\":[\"clinician-1\"],\"from\":\"2026-10-01\",\"to\":\"2026-10-31\"}", 403),
                row("org2-supervisor", "POST", "/api/packets", "{\"supervisees\":[\"clinician-1\"],\"from\":\"2026-10-01\",\"to\":\"2026-10-31\"}", 404),
                row("admin-1", "GET", "/api/policy", null, 200),
                row("clinician-1", "PUT", "/api/policy", "{\"expectedVersion\":1,\"document\":{}}", 403),
                row("admin-1", "GET", "/api/audit/verify", null, 200),
                row("clinician-1", "GET", "/api/audit/verify", null, 403),
                row(null, "GET", "/api/notes", null, 401),
                row(null, "GET", "/health", null, 200),
                row(null, "GET", "/api/openapi.json", null, 200));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @MethodSource("table")
    void everyEndpointAnswersAsTheTableSays(String user, String method, String path, String body, int expected) {
        ApiClient client = host.client();
        if (user != null) {
            assertThat(client.login(user, "demo").status()).isEqualTo(200);
        }
        Answer answer = switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, body);
            case "PUT" -> client.put(path, body);
            default -> throw new IllegalArgumentException(method);
        };
        assertThat(answer.status()).as(answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body())
                .isEqualTo(expected);
        if (path.equals("/api/packets") && expected == 200) {
            assertThat(answer.contentType()).isEqualTo("application/pdf");
            assertThat(answer.header("Content-Disposition")).matches("attachment; filename=\"supervision-packet-[0-9a-z-]+\\.pdf\"");
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.raw().body()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        if (expected >= 400) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("status").asInt()).isEqualTo(expected);
        }
    }

    private static Arguments row(String user, String method, String path, String body, int status) {
        return Arguments.of(user, method, path, body, status);
    }
}
