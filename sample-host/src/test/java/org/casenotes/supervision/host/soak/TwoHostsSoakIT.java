package org.casenotes.supervision.host.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two host JVMs on one PostgreSQL database and one shared data folder, hammered for a bounded
 * time with conflicting review actions on the same notes by clinicians and supervisors on
 * both. Afterwards: no lost update, every note's history is a valid chain with one entry per
 * acknowledged transition, one host event per committed action, no 5xx, the audit chain
 * verifies. {@code -Dsoak.seconds} sets the duration (default 20).
 */
@Tag("soak")
class TwoHostsSoakIT {

    static final int SECONDS = Integer.getInteger("soak.seconds", 20);
    static final int OPEN_NOTES = 6;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed soak keeps its hosts' logs and failure records
    Path temp;

    private final SoakLedger ledger = new SoakLedger();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final List<String> open = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    @Test
    void twoHostsUnderConflictingReviewActionsLoseNothingAndKeepOneAuditChain() throws Exception {
        String db = SoakDatabase.create("soak_two_hosts");
        Path data = temp.resolve("data");
        assertThat(HostProcess.run(temp.resolve("demo-data.log"), "demo-data", "--db", db, "--data", data.toString()))
                .isZero();
        Map<String, Long> events;
        try (HostProcess a = HostProcess.serve(db, data, temp.resolve("host-a.log"));
                HostProcess b = HostProcess.serve(db, data, temp.resolve("host-b.log"))) {
            long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
            List<Thread> workers = new ArrayList<>();
            for (HostProcess host : List.of(a, b)) {
                workers.add(worker("clinician-1", host, deadline, this::clinicianStep));
                workers.add(worker("supervisor-1", host, deadline, this::supervisorStep));
                workers.add(worker("supervisor-2", host, deadline, this::supervisorStep));
            }
            for (Thread worker : workers) {
                worker.join();
            }
            assertThat(failure.get()).as("a client failed unexpectedly").isNull();
            checkFinalState(a);
            events = events(db);
        }
        long coSignEvents = 0;
        for (String noteId : created) {
            assertThat(events.getOrDefault(noteId + "/CoSigned", 0L)).as("CoSigned events of " + noteId)
                    .isEqualTo(ledger.acked(noteId, "co-sign"));
            assertThat(events.getOrDefault(noteId + "/Submitted", 0L)).as("Submitted events of " + noteId)
                    .isEqualTo(ledger.acked(noteId, "submit"));
            assertThat(events.getOrDefault(noteId + "/ChangesRequested", 0L)).as("ChangesRequested events of " + noteId)
                    .isEqualTo(ledger.acked(noteId, "request-changes"));
            coSignEvents += events.getOrDefault(noteId + "/CoSigned", 0L);
        }
        long deadlocks = deadlocks(db);
        int verify = HostProcess.run(temp.resolve("verify-audit.log"), "verify-audit", "--db", db, "--data", data.toString());
        String summary = String.format("SOAK two-hosts: seconds=%d hosts=2 clients=6 requests=%d acknowledged=%d conflicts409=%d"
                + " other4xx=%d 5xx=%d unanswered=%d notes=%d submits=%d starts=%d changesRequested=%d coSigned=%d"
                + " batchesCommitted=%d coSignEvents=%d lostUpdates=0 deadlocks=%d verifyAuditExit=%d statuses=%s",
                SECONDS, ledger.requests(), ledger.withStatus(200, 299), ledger.withStatus(409, 409),
                ledger.withStatus(400, 499) - ledger.withStatus(409, 409), ledger.withStatus(500, 599),
                ledger.unansweredCount(), created.size(), ledger.total("submit"), ledger.total("start"),
                ledger.total("request-changes"), ledger.total("co-sign"), ledger.batchesCommitted(), coSignEvents, deadlocks, verify,
                ledger.statuses());
        System.out.println(summary);
        Files.createDirectories(Path.of("target/soak"));
        Files.writeString(Path.of("target/soak/two-hosts.txt"), summary + System.lineSeparator());
        assertThat(verify).as("verify-audit exit code; see " + temp.resolve("verify-audit.log")).isZero();
        // Transactions that wait for one another in a circle are a fault of the write path's
        // lock order (docs/RELIABILITY.md, "Two hosts"), even when PostgreSQL breaks the circle.
        assertThat(deadlocks).as("deadlocks PostgreSQL detected in the soak's database").isZero();
        assertThat(ledger.withStatus(500, 599)).as("5xx answers").isZero();
        assertThat(ledger.unansweredCount()).as("requests without an answer").isZero();
        assertThat(ledger.total("co-sign")).as("some co-signs went through").isPositive();
        assertThat(ledger.withStatus(409, 409)).as("the clients did conflict").isPositive();
        SoakDatabase.drop(db);
    }

    /** One client's step; the worker repeats it until the deadline. */
    @FunctionalInterface
    private interface Step {
        void run(ApiClient client);
    }

    private Thread worker(String user, HostProcess host, long deadline, Step step) {
        Thread thread = new Thread(() -> {
            ApiClient client = new ApiClient(host.url());
            try {
                assertThat(ledger.count(client.login(user, "demo")).status()).isEqualTo(200);
                while (System.nanoTime() < deadline && failure.get() == null) {
                    try {
                        step.run(client);
                    } catch (java.io.UncheckedIOException e) {
                        ledger.unanswered();
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }, user + "@" + host.url());
        thread.start();
        return thread;
    }

    private void clinicianStep(ApiClient client) {
        if (open.size() < OPEN_NOTES) {
            Answer note = ledger.count(client.post("/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"" + LocalDate.now()
                    + "\",\"service\":\"Individual psychotherapy\",\"text\":\"S: soak\\nO: -\\nA: -\\nP: -\"}"));
            assertThat(note.status()).isEqualTo(201);
            String noteId = note.json().get("noteId").asText();
            created.add(noteId);
            // A note is submitted only documented: the clinician attests that nothing was disclosed.
            assertThat(ledger.count(client.put("/api/notes/" + noteId + "/disclosure",
                    "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true}}")).status()).isEqualTo(200);
            if (act(client, noteId, "submit", "{\"version\":0}")) {
                open.add(noteId);
            }
            return;
        }
        String noteId = pick();
        JsonNode review = noteId == null ? null : review(client, noteId);
        if (review != null && review.get("state").asText().equals("CHANGES_REQUESTED")) {
            act(client, noteId, "submit", "{\"version\":" + review.get("version").asLong() + "}");
        } else {
            pause();
        }
    }

    private void supervisorStep(ApiClient client) {
        String noteId = pick();
        if (noteId == null) {
            pause(); // no note created yet
            return;
        }
        JsonNode review = review(client, noteId);
        if (review == null) {
            return;
        }
        long version = review.get("version").asLong();
        int dice = ThreadLocalRandom.current().nextInt(100);
        if (dice < 20) {
            act(client, noteId, "start", "{\"version\":" + version + "}");
        } else if (dice < 35) {
            Answer comment = ledger.count(client.post("/api/notes/" + noteId + "/comments",
                    "{\"version\":" + version + ",\"text\":\"Soak comment\"}"));
            if (comment.status() / 100 == 2) {
                ledger.ack(noteId, "comment");
            }
        } else if (dice < 50) {
            act(client, noteId, "request-changes", "{\"version\":" + version + ",\"reason\":\"Add the rationale.\"}");
        } else if (dice < 75) {
            act(client, noteId, "co-sign", "{\"version\":" + version + ",\"password\":\"demo\"}");
        } else {
            batch(client, noteId, version);
        }
    }

    private void batch(ApiClient client, String first, long firstVersion) {
        Map<String, Long> picked = new java.util.LinkedHashMap<>();
        picked.put(first, firstVersion);
        for (int i = 0; i < 2; i++) {
            String other = pick();
            JsonNode review = other == null || picked.containsKey(other) ? null : review(client, other);
            if (review != null && Set.of("SUBMITTED", "IN_REVIEW").contains(review.get("state").asText())) {
                picked.put(other, review.get("version").asLong());
            }
        }
        StringBuilder body = new StringBuilder("{\"password\":\"demo\",\"notes\":[");
        picked.forEach((id, v) -> body.append("{\"noteId\":\"").append(id).append("\",\"version\":").append(v).append("},"));
        body.setLength(body.length() - 1);
        Answer answer = ledger.count(client.post("/api/queue/co-sign", body.append("]}").toString()));
        if (answer.status() == 200) {
            assertThat(answer.json().get("committed").asBoolean()).isTrue();
            ledger.ackBatch(new ArrayList<>(picked.keySet()));
            open.removeAll(picked.keySet());
        }
    }

    private boolean act(ApiClient client, String noteId, String action, String body) {
        Answer answer = ledger.count(client.post("/api/notes/" + noteId + "/review/" + action, body));
        if (answer.status() / 100 != 2) {
            return false;
        }
        ledger.ack(noteId, action);
        if (action.equals("co-sign")) {
            open.remove(noteId);
        }
        return true;
    }

    private JsonNode review(ApiClient client, String noteId) {
        Answer answer = ledger.count(client.get("/api/notes/" + noteId));
        // A read refused under load names its problem (type, code, detail) in the failure.
        assertThat(answer.status()).as("GET /api/notes/%s answered %s", noteId, answer.body()).isEqualTo(200);
        JsonNode review = answer.json().get("review");
        if (review == null || review.isNull()) {
            return null;
        }
        if (review.get("state").asText().equals("CO_SIGNED")) {
            open.remove(noteId);
        }
        return review;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String pick() {
        List<String> candidates = List.copyOf(open);
        if (candidates.isEmpty()) {
            List<String> all = List.copyOf(created);
            return all.isEmpty() ? null : all.get(ThreadLocalRandom.current().nextInt(all.size()));
        }
        return candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
    }

    private void checkFinalState(HostProcess host) {
        ApiClient reader = new ApiClient(host.url());
        assertThat(reader.login("supervisor-1", "demo").status()).isEqualTo(200);
        for (String noteId : created) {
            JsonNode review = reader.get("/api/notes/" + noteId).json().get("review");
            long coSigns = ledger.acked(noteId, "co-sign");
            assertThat(coSigns).as("acknowledged co-signs of " + noteId).isLessThanOrEqualTo(1);
            if (review == null || review.isNull()) {
                assertThat(ledger.ackedTransitions(noteId)).as("transitions of unsubmitted " + noteId).isZero();
                continue;
            }
            if (coSigns == 1) {
                assertThat(review.get("state").asText()).as("state of co-signed " + noteId).isEqualTo("CO_SIGNED");
            }
            ReviewChains.assertValid(noteId, review.get("history"), ledger.ackedTransitions(noteId));
        }
    }

    /** The deadlocks PostgreSQL counted in the soak's database; read after both hosts stopped. */
    private static long deadlocks(String db) throws Exception {
        try (Connection c = SoakDatabase.open(db); java.sql.Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> events(String db) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = SoakDatabase.open(db); PreparedStatement ps = c.prepareStatement(
                "SELECT note_id, event_type, COUNT(*) FROM clinic_event WHERE org_id = ? GROUP BY note_id, event_type")) {
            ps.setString(1, "org-1");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return counts;
    }
}
