package org.casenotes.supervision.host.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends, for every operation of the served OpenAPI document, every hostile value of the
 * catalogue for each field's kind, each in the operation's otherwise valid request and with a
 * valid session: every answer is a 4xx problem document (never a 5xx, never accepted), a
 * 400/422 for a body field or query parameter carries field pointers (a path that cannot be
 * decoded is refused by the HTTP layer before any route, as a problem without fields), and no
 * row of the database changes. What a person reads in each answer is checked too ({@link
 * ProblemWording}): in English, and for each distinct problem (code, and each error's pointer
 * and code) once more in Spanish. The host runs in
 * America/New_York so that the catalogue's spring-forward time is a real gap.
 */
class HostileCatalogueIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZONE = "America/New_York";

    @TempDir
    static Path temp;

    static RunningHost host;
    static final Map<String, ApiClient> clients = new HashMap<>();
    static final Map<String, ApiClient> spanishClients = new HashMap<>();
    static final Map<String, String> placeholders = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
        try {
            host = RunningHost.start(temp);
        } finally {
            TimeZone.setDefault(before);
        }
        for (String user : List.of("clinician-1", "supervisor-1", "admin-1", "supervisor-3")) {
            ApiClient client = host.client();
            assertThat(client.login(user, "demo").status()).isEqualTo(200);
            clients.put(user, client);
            ApiClient spanish = host.client().header("Accept-Language", "es");
            assertThat(spanish.login(user, "demo").status()).isEqualTo(200);
            spanishClients.put(user, spanish);
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of(ZONE));
        placeholders.put("today", today.toString());
        placeholders.put("tomorrow", today.plusDays(1).toString());
        ApiClient clinician = clients.get("clinician-1");
        String note = clinician.post("/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"" + today
                + "\",\"service\":\"Individual psychotherapy\",\"text\":\"S: ok\"}").json().get("noteId").asText();
        assertThat(clinician.put("/api/notes/" + note + "/disclosure", "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true}}")
                .status()).isEqualTo(200);
        placeholders.put("note", note);
        ApiClient supervisor = clients.get("supervisor-1");
        JsonNode meeting = supervisor.post("/api/meetings", "{\"supervisees\":[\"clinician-1\"],\"startsAt\":\"" + today.plusDays(1)
                + "T10:00\",\"durationMinutes\":60,\"format\":\"INDIVIDUAL\",\"modality\":\"VIDEO\"}").json();
        String meetingId = meeting.get("id").asText();
        JsonNode withItem = supervisor.post("/api/meetings/" + meetingId + "/action-items", "{\"version\":"
                + meeting.get("version").asLong() + ",\"text\":\"read\",\"ownerId\":\"clinician-1\"}").json();
        placeholders.put("meeting", meetingId);
        placeholders.put("meetingVersion", withItem.get("version").asText());
        placeholders.put("actionItem", withItem.get("actionItems").get(0).get("id").asText());
        placeholders.put("policyVersion", clients.get("admin-1").get("/api/policy").json().get("version").asText());
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @Test
    void everyHostileValueOfTheCatalogueIsRefusedByEveryOperationAndChangesNoRow() throws Exception {
        JsonNode openApi = host.client().get("/api/openapi.json").json();
        JsonNode catalogue;
        try (InputStream in = HostileCatalogueIT.class.getResourceAsStream("/hostile/catalogue.json")) {
            catalogue = JSON.readTree(in);
        }
        HostileCases generator = new HostileCases(openApi, catalogue, HostileCatalogueIT::fill);
        java.util.Set<String> apiNames = ProblemWording.apiNames(openApi);
        Map<String, ProblemWording> wording = Map.of(
                "en", new ProblemWording("en", host.client().get("/api/vocabulary?locale=en").json(), apiNames),
                "es", new ProblemWording("es", host.client().get("/api/vocabulary?locale=es").json(), apiNames));
        java.util.Set<String> wordedInSpanish = new java.util.HashSet<>();
        java.util.Set<String> wordingFaults = new java.util.TreeSet<>();
        String before = DatabaseRows.fingerprint(host.server().dataSource());
        java.util.Set<String> auditBefore = DatabaseRows.auditKeys(host.server().dataSource());

        List<String> failures = new ArrayList<>();
        int operations = 0;
        int withInput = 0;
        int sent = 0;
        int pointed = 0;
        int fieldErrors = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (String operation : generator.operations()) {
            operations++;
            if (!generator.hasInput(operation)) {
                continue;
            }
            withInput++;
            assertThat(generator.base(operation)).as("catalogue.json has a valid base request for " + operation).isNotNull();
            for (HostileCase c : generator.cases(operation)) {
                Answer answer;
                try {
                    answer = send(c);
                } catch (java.io.UncheckedIOException e) {
                    failures.add("no answer (" + e.getMessage() + "): " + c);
                    sent++;
                    continue;
                }
                sent++;
                statuses.merge(answer.status(), 1, Integer::sum);
                if (answer.status() < 400 || answer.status() >= 500) {
                    failures.add(answer.status() + " " + c);
                    continue;
                }
                if (!answer.contentType().startsWith("application/problem+json")) {
                    failures.add("not a problem document: " + answer.status() + " " + c);
                    continue;
                }
                wordingFaults.addAll(wording.get(asked(c, answer, "en")).faults(answer.json(),
                        answer.header("Content-Language")));
                if (wordedInSpanish.add(signature(answer.json()))) {
                    Answer inSpanish = send(c, spanishClients);
                    wordingFaults.addAll(wording.get(asked(c, inSpanish, "es")).faults(inSpanish.json(),
                            inSpanish.header("Content-Language")));
                }
                if ((answer.status() == 400 || answer.status() == 422) && !c.field().startsWith("{")) {
                    fieldErrors++;
                    JsonNode errors = answer.json().path("errors");
                    if (errors.isEmpty()) {
                        failures.add("no field pointer: " + answer.status() + " " + answer.json().path("code").asText() + " " + c);
                    } else if (errors.findValuesAsText("pointer").stream().anyMatch(p -> points(p, c.field()))) {
                        pointed++;
                    }
                }
            }
        }
        String after = DatabaseRows.fingerprint(host.server().dataSource());
        List<String> audited = DatabaseRows.auditSince(host.server().dataSource(), auditBefore);
        System.out.println("HOSTILE CATALOGUE audit events: " + audited);
        String figures = "operations " + operations + ", with input " + withInput + ", hostile requests " + sent
                + ", statuses " + statuses + ", 400/422 answers " + fieldErrors + " of which pointing at the replaced field "
                + pointed + ", failures " + failures.size() + ", distinct problems worded in Spanish too "
                + wordedInSpanish.size() + ", wording faults " + wordingFaults.size();
        Files.writeString(Path.of("target", "hostile-catalogue-figures.txt"), figures + "\n", StandardCharsets.UTF_8);
        System.out.println("HOSTILE CATALOGUE: " + figures);

        assertThat(failures).as(figures).isEmpty();
        assertThat(wordingFaults).as("what a person reads, in English and Spanish").isEmpty();
        assertThat(after).as("no row changed").isEqualTo(before);
        // The audit trail records each refused access as a refusal (ASTM E2147); nothing else was written.
        assertThat(audited).allMatch(event -> event.startsWith("REFUSED "));
        assertThat(sent).isGreaterThan(500);
    }

    /** Whether a problem's pointer names the replaced field, a part of it, or the object holding it. */
    private static boolean points(String pointer, String field) {
        return pointer.equals(field) || pointer.startsWith(field + "/") || !pointer.isEmpty() && field.startsWith(pointer + "/");
    }

    /**
     * The language a case asks for: a valid {@code locale} query parameter, else the client's
     * {@code Accept-Language}. A request the HTTP layer refuses before any route (its problem
     * names no {@code instance}) is answered before its query is read, and when its request line
     * cannot be parsed, before its headers are: it is answered in the header's language when
     * the header was read, else in English, and its words are checked in the language it
     * declares.
     */
    private static String asked(HostileCase c, Answer answer, String client) {
        if (!answer.json().has("instance")) {
            String declared = answer.header("Content-Language");
            return "en".equals(declared) || "es".equals(declared) ? declared : client;
        }
        java.util.regex.Matcher query = java.util.regex.Pattern.compile("[?&]locale=(en|es)(&|$)").matcher(c.path());
        return query.find() ? query.group(1) : client;
    }

    /** A problem's kind for the Spanish check: its code, and each error's pointer and code. */
    private static String signature(JsonNode problem) {
        StringBuilder out = new StringBuilder(problem.path("status").asText()).append(' ').append(problem.path("code").asText());
        for (JsonNode error : problem.path("errors")) {
            out.append(' ').append(error.path("pointer").asText()).append('=').append(error.path("code").asText());
        }
        return out.toString();
    }

    private static Answer send(HostileCase c) {
        return send(c, clients);
    }

    private static Answer send(HostileCase c, Map<String, ApiClient> signedIn) {
        ApiClient client = c.user() == null ? (signedIn == clients ? host.client()
                : host.client().header("Accept-Language", "es")) : signedIn.get(c.user());
        byte[] body = c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8);
        return client.send(c.method(), c.path(), body == null ? null : "application/json", body);
    }

    /** Fills placeholders; numeric ones lose their quotes so that a version stays a number. */
    static String fill(String text) {
        String out = text;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            String key = "{" + e.getKey() + "}";
            if (e.getValue().matches("\\d+")) {
                out = out.replace("\"" + key + "\"", e.getValue());
            }
            out = out.replace(key, e.getValue());
        }
        return out;
    }
}
