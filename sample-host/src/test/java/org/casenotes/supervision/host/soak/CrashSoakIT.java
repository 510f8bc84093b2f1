package org.casenotes.supervision.host.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 of the host JVM in the middle of a batch co-sign and a packet export, cycle after
 * cycle on one PostgreSQL database. After every restart: every acknowledged co-sign is there,
 * each batch is applied fully or not at all, the audit chain verifies, and no export folder,
 * partial PDF or temporary file is left. {@code -Dsoak.cycles} sets the cycles (default 5).
 */
@Tag("soak")
class CrashSoakIT {

    static final int CYCLES = Integer.getInteger("soak.cycles", 5);
    static final int BATCH = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed soak keeps its hosts' logs and failure records
    Path temp;

    private final Random random = new Random(Long.getLong("soak.seed", System.nanoTime()));
    private final Set<String> ackedCoSigns = new LinkedHashSet<>();
    private final List<List<String>> batches = new ArrayList<>();
    private long fired;
    private long killedMidRequest;
    private long packetsAcked;
    private long batchesAcked;
    private long batchesAckedBeforeKill;
    private long fiveHundreds;
    private long cliVerifications;
    private long coSignedNotes;
    private long foldersLeftByKills;
    private long filesLeftByKills;
    private double batchMillis = 300;
    private double firedBatchMillis = 300;
    private double packetMillis = 1500;
    private long hostStartMillis;
    private long hostStarts;

    @Test
    void killingTheHostMidBatchOrMidExportLosesNoAcknowledgedCoSignAndLeavesNoPartialFile() throws Exception {
        String db = SoakDatabase.create("soak_crash");
        Path data = temp.resolve("data");
        Path log = temp.resolve("host.log");
        assertThat(HostProcess.run(temp.resolve("demo-data.log"), "demo-data", "--db", db, "--data", data.toString()))
                .isZero();
        long started = System.nanoTime();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            HostProcess host = serve(db, data, log);
            try {
                checkAfterRestart(host, data, db, cycle % 50 == 49);
                crashCycle(host, cycle);
            } finally {
                host.kill();
            }
            countLeftovers(data.resolve("exports"));
            if ((cycle + 1) % 10 == 0 && cycle + 1 < CYCLES) {
                progress(cycle + 1, started);
            }
        }
        long cyclesMillis = (System.nanoTime() - started) / 1_000_000;
        HostProcess last = serve(db, data, log);
        try {
            checkAfterRestart(last, data, db, false);
            checkAllAcknowledged(last);
        } finally {
            last.close();
        }
        int verify = HostProcess.run(temp.resolve("verify-audit.log"), "verify-audit", "--db", db, "--data", data.toString());
        long coSignEvents = countCoSignEvents(db);
        assertThat(coSignEvents).as("every co-signed note has its CoSigned event (outbox: none lost to a kill)")
                .isEqualTo(coSignedNotes);
        String summary = String.format("SOAK crash: cycles=%d kills=%d killedMidRequest=%d requestsFired=%d"
                + " batchesAckedBeforeKill=%d batchesAckedAtKill=%d"
                + " coSignsAcked=%d packetsAcked=%d lostCoSigns=0 partialBatches=0"
                + " exportFoldersLeftByKills=%d filesLeftByKills=%d leftAfterRestart=0 5xx=%d"
                + " coSignedNotes=%d coSignedUnacknowledged=%d coSignEventsDelivered=%d cliVerifications=%d"
                + " finalVerifyAuditExit=%d cyclesSeconds=%d secondsPerCycle=%.1f hostStartSecondsMean=%.1f",
                CYCLES, CYCLES, killedMidRequest, fired, batchesAckedBeforeKill, batchesAcked, ackedCoSigns.size(),
                packetsAcked,
                foldersLeftByKills, filesLeftByKills, fiveHundreds,
                coSignedNotes, coSignedNotes - ackedCoSigns.size(), coSignEvents, cliVerifications + 1, verify,
                cyclesMillis / 1000, cyclesMillis / 1000.0 / CYCLES, hostStartMillis / 1000.0 / hostStarts);
        System.out.println(summary);
        Files.createDirectories(Path.of("target/soak"));
        Files.writeString(Path.of("target/soak/crash.txt"), summary + System.lineSeparator());
        assertThat(verify).as("verify-audit exit code; see " + temp.resolve("verify-audit.log")).isZero();
        assertThat(fiveHundreds).as("5xx answers").isZero();
        SoakDatabase.drop(db);
    }

    private HostProcess serve(String db, Path data, Path log) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HostProcess host = HostProcess.serve(db, data, log);
        hostStartMillis += (System.nanoTime() - started) / 1_000_000;
        hostStarts++;
        return host;
    }

    /** Figures so far, so a long run shows how it goes (and how long a cycle takes) before its end. */
    private void progress(int cycles, long startedNanos) throws IOException {
        long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000;
        String line = String.format("SOAK crash progress: cycles=%d/%d seconds=%d coSignsAcked=%d batchesAckedAtKill=%d"
                + " packetsAcked=%d killedMidRequest=%d 5xx=%d hostStartSecondsMean=%.1f", cycles, CYCLES, seconds,
                ackedCoSigns.size(), batchesAcked, packetsAcked, killedMidRequest, fiveHundreds,
                hostStartMillis / 1000.0 / hostStarts);
        System.out.println(line);
        Files.createDirectories(Path.of("target/soak"));
        Files.writeString(Path.of("target/soak/crash-progress.txt"), line + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * One cycle: a batch co-sign answered before the kill (so every run acknowledges co-signs and
     * its events are counted at the end), then a second batch and a packet export fired together
     * and the kill at a random moment of the work of one of them (the batch in even cycles, the
     * export in odd ones): between 0 and 1.2 times its estimated duration. The batch's estimate is
     * at least the awaited batch's duration, measured under the same load in the same cycle; an
     * action still unanswered at the kill grows its estimate by a fifth, an answered one pulls it
     * towards the time it took. Estimating from answered requests alone never grows once the kill
     * always comes first, and then no fired batch commits and the kill never falls between a
     * commit and the delivery of its events.
     */
    private void crashCycle(HostProcess host, int cycle) throws Exception {
        LocalDate day = LocalDate.now().minusDays(cycle % 28);
        ApiClient clinician = new ApiClient(host.url());
        assertThat(clinician.login("clinician-1", "demo").status()).isEqualTo(200);
        List<String> awaited = new ArrayList<>();
        String awaitedNotes = submitBatch(clinician, day, awaited);
        List<String> batch = new ArrayList<>();
        String notes = submitBatch(clinician, day, batch);
        ApiClient supervisor = new ApiClient(host.url());
        Answer login = counted(supervisor.login("supervisor-1", "demo"));
        String csrf = login.json().get("csrfToken").asText();

        batches.add(awaited);
        long started = System.nanoTime();
        Answer coSigned = counted(supervisor.post("/api/queue/co-sign", "{\"password\":\"demo\",\"notes\":[" + awaitedNotes + "]}"));
        assertThat(coSigned.status()).as("awaited batch co-sign: " + coSigned.body()).isEqualTo(200);
        assertThat(coSigned.json().get("committed").asBoolean()).isTrue();
        ackedCoSigns.addAll(awaited);
        batchesAckedBeforeKill++;
        batchMillis = 0.5 * batchMillis + 0.5 * (System.nanoTime() - started) / 1_000_000.0;

        batches.add(batch);
        FiredRequest coSign = FiredRequest.post(supervisor, csrf, host.url() + "/api/queue/co-sign",
                "{\"password\":\"demo\",\"notes\":[" + notes + "]}");
        FiredRequest packet = FiredRequest.post(supervisor, csrf, host.url() + "/api/packets",
                "{\"supervisees\":[\"clinician-1\"],\"from\":\"" + day.minusDays(3) + "\",\"to\":\"" + day + "\"}");
        fired += 2;
        // Even cycles aim at the batch's work (its commit, the events' delivery, the answer), odd
        // ones at the export's, each over its own estimated duration.
        double aimed = cycle % 2 == 0 ? Math.max(batchMillis, firedBatchMillis) : packetMillis;
        Thread.sleep((long) (random.nextDouble() * 1.2 * aimed));
        boolean coSignAnswered = coSign.done();
        boolean packetAnswered = packet.done();
        killedMidRequest += (coSignAnswered ? 0 : 1) + (packetAnswered ? 0 : 1);
        host.kill();
        // Still working at the kill: it takes longer than estimated. Growing the estimate keeps
        // the kills spread over the whole action even when the machine is slow.
        firedBatchMillis = coSignAnswered ? firedBatchMillis : Math.min(30_000, firedBatchMillis * 1.2);
        packetMillis = packetAnswered ? packetMillis : Math.min(30_000, packetMillis * 1.2);
        int coSignStatus = coSign.status();
        int packetStatus = packet.status();
        fiveHundreds += (coSignStatus >= 500 ? 1 : 0) + (packetStatus >= 500 ? 1 : 0);
        if (coSignStatus == 200) {
            assertThat(JSON.readTree(coSign.body()).get("committed").asBoolean()).isTrue();
            ackedCoSigns.addAll(batch);
            batchesAcked++;
            firedBatchMillis = 0.5 * firedBatchMillis + 0.5 * coSign.tookMillis();
        }
        if (packetStatus == 200) {
            assertThat(new String(packet.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            packetsAcked++;
            packetMillis = 0.8 * packetMillis + 0.2 * packet.tookMillis();
        }
        assertThat(coSignStatus).as("batch co-sign answer").isIn(-1, 200);
        assertThat(packetStatus).as("packet answer").isIn(-1, 200);
    }

    /** Creates, documents and submits {@link #BATCH} notes; returns them as the batch's JSON list. */
    private String submitBatch(ApiClient clinician, LocalDate day, List<String> ids) {
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < BATCH; i++) {
            Answer note = counted(clinician.post("/api/notes", "{\"clientId\":\"client-0" + (1 + i) + "\",\"sessionDate\":\""
                    + day + "\",\"service\":\"Individual psychotherapy\",\"text\":\"S: crash soak\\nO: -\\nA: -\\nP: -\"}"));
            String noteId = note.json().get("noteId").asText();
            // A note is submitted only documented: the clinician attests that nothing was disclosed.
            assertThat(counted(clinician.put("/api/notes/" + noteId + "/disclosure",
                    "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true}}")).status()).isEqualTo(200);
            Answer submitted = counted(clinician.post("/api/notes/" + noteId + "/review/submit", "{\"version\":0}"));
            assertThat(submitted.status()).isEqualTo(200);
            ids.add(noteId);
            notes.append(notes.length() == 0 ? "" : ",").append("{\"noteId\":\"").append(noteId).append("\",\"version\":")
                    .append(submitted.json().get("version").asLong()).append('}');
        }
        return notes.toString();
    }

    private void checkAfterRestart(HostProcess host, Path data, String db, boolean cli) throws Exception {
        assertNoExportLeftovers(data.resolve("exports"));
        ApiClient admin = new ApiClient(host.url());
        assertThat(counted(admin.login("admin-1", "demo")).status()).isEqualTo(200);
        JsonNode audit = counted(admin.get("/api/audit/verify")).json();
        assertThat(audit.get("intact").asBoolean()).as("audit chain after restart: " + audit).isTrue();
        if (!batches.isEmpty()) {
            ApiClient supervisor = new ApiClient(host.url());
            assertThat(counted(supervisor.login("supervisor-1", "demo")).status()).isEqualTo(200);
            checkBatch(supervisor, batches.get(batches.size() - 1));
        }
        if (cli) {
            assertThat(HostProcess.run(temp.resolve("verify-audit.log"), "verify-audit", "--db", db, "--data",
                    data.toString())).as("verify-audit while the host runs").isZero();
            cliVerifications++;
        }
    }

    private void checkAllAcknowledged(HostProcess host) {
        coSignedNotes = 0;
        ApiClient supervisor = new ApiClient(host.url());
        assertThat(counted(supervisor.login("supervisor-1", "demo")).status()).isEqualTo(200);
        batches.forEach(batch -> checkBatch(supervisor, batch));
    }

    /** A batch is co-signed as a whole or not at all, and an acknowledged one is co-signed. */
    private void checkBatch(ApiClient supervisor, List<String> batch) {
        List<String> states = new ArrayList<>();
        for (String noteId : batch) {
            states.add(counted(supervisor.get("/api/notes/" + noteId)).json().get("review").get("state").asText());
        }
        coSignedNotes += states.stream().filter("CO_SIGNED"::equals).count();
        assertThat(states.stream().distinct().count()).as("batch " + batch + " applied fully or not at all: " + states)
                .isEqualTo(1);
        if (ackedCoSigns.contains(batch.get(0))) {
            assertThat(states.get(0)).as("acknowledged batch " + batch).isEqualTo("CO_SIGNED");
        } else {
            assertThat(states.get(0)).isIn("CO_SIGNED", "SUBMITTED");
        }
    }

    private static void assertNoExportLeftovers(Path exports) throws IOException {
        if (!Files.isDirectory(exports)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(exports)) {
            List<String> leftovers = walk.filter(p -> !p.equals(exports)).map(p -> exports.relativize(p).toString())
                    .filter(p -> !p.matches("host-[0-9a-f-]+(/\\.owner)?")).toList();
            assertThat(leftovers).as("files left in the exports folder").isEmpty();
        }
        try (Stream<Path> hosts = Files.list(exports)) {
            assertThat(hosts.count()).as("export folders: only the running host's").isEqualTo(1);
        }
    }

    /** What the killed host left in the exports folder, for the next start to remove. */
    private void countLeftovers(Path exports) throws IOException {
        if (Files.isDirectory(exports)) {
            try (Stream<Path> walk = Files.walk(exports)) {
                for (Path p : walk.toList()) {
                    String name = p.getFileName().toString();
                    foldersLeftByKills += Files.isDirectory(p) && name.startsWith("packet-") ? 1 : 0;
                    filesLeftByKills += Files.isRegularFile(p) && !name.equals(".owner") ? 1 : 0;
                }
            }
        }
    }

    private Answer counted(Answer answer) {
        fiveHundreds += answer.status() >= 500 ? 1 : 0;
        return answer;
    }

    /** CoSigned events the host received for the soak's notes (one per note: redeliveries share the id). */
    private long countCoSignEvents(String db) throws Exception {
        Set<String> soakNotes = new java.util.HashSet<>();
        batches.forEach(soakNotes::addAll);
        long count = 0;
        try (Connection c = SoakDatabase.open(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT note_id, COUNT(*) FROM clinic_event WHERE org_id = 'org-1'"
                        + " AND event_type = 'CoSigned' GROUP BY note_id")) {
            while (rs.next()) {
                if (soakNotes.contains(rs.getString(1))) {
                    assertThat(rs.getLong(2)).as("CoSigned events of " + rs.getString(1)).isEqualTo(1);
                    count++;
                }
            }
        }
        return count;
    }
}
