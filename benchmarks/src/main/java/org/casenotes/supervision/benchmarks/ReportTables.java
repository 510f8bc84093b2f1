package org.casenotes.supervision.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.benchmarks.support.SyntheticPackets;
import org.casenotes.supervision.core.packet.PacketContent;
import org.casenotes.supervision.core.packet.PacketWriter;
import org.openjdk.jmh.results.RunResult;

/** Turns JMH results into the rows of {@code RESULTS.md}: figure, baseline, ratio, target, verdict. */
final class ReportTables {

    static final String COMMAND = "cd benchmarks && ./run.sh";

    private final StringBuilder rows = new StringBuilder();
    private final StringBuilder details = new StringBuilder();
    private int met;
    private int missed;

    /** Output sizes in bytes per packet size: the writer's and the baseline's. */
    record Sizes(Map<Integer, long[]> bytes) {
    }

    static Sizes sizes(int[] notes) throws IOException {
        Map<Integer, long[]> bytes = new LinkedHashMap<>();
        Path folder = Files.createTempDirectory("sr-packet-size");
        for (int n : notes) {
            PacketContent content = SyntheticPackets.of(n);
            long packet = PacketWriter.pdf().write(content, PacketOptions.defaults(), folder.resolve("p.pdf")).bytes();
            long bare = PacketExportBenchmark.barePdf(content, folder.resolve("b.pdf"));
            bytes.put(n, new long[] {packet, bare});
            Files.deleteIfExists(folder.resolve("p.pdf"));
            Files.deleteIfExists(folder.resolve("b.pdf"));
        }
        Files.deleteIfExists(folder);
        return new Sizes(bytes);
    }

    static String header(String machine, long minutes) {
        return "# Benchmark results\n\n"
                + "Run the whole suite and rewrite this file (about " + Math.max(minutes, 1) + " minutes here):\n\n"
                + "```sh\n./mvnw -B -DskipTests -pl benchmarks -am package\n" + COMMAND + "\n```\n\n"
                + "One benchmark, for instance with a profiler:\n\n"
                + "```sh\ncd benchmarks\njava -jar target/benchmarks.jar QueueQueryBenchmark -p database=H2 -prof gc\n"
                + "java -jar target/benchmarks.jar ReviewThroughputBenchmark -t 4 -p database=H2 "
                + "-jvmArgsAppend -XX:StartFlightRecording=filename=review.jfr\n```\n\n"
                + "The smoke run of every benchmark at tiny sizes is part of `./mvnw verify` "
                + "(`BenchmarkSmokeTest`).\n\n## Machine\n\n" + machine + "\n";
    }

    String markdown() {
        return "## Results\n\n" + met + " met, " + missed + " not met.\n\n"
                + "| benchmark | case | measured | baseline (same run) | ratio | target | verdict |\n"
                + "|---|---|---|---|---|---|---|\n" + rows + "\n## Raw figures\n\n" + details;
    }

    void packets(Collection<RunResult> results, Sizes sizes) {
        Map<Integer, Double> perNote = new LinkedHashMap<>();
        for (int notes : sizes.bytes().keySet()) {
            Optional<Double> packet = score(results, "packetWriter", "packetNotes", String.valueOf(notes));
            Optional<Double> bare = score(results, "baselineBarePdfBox", "packetNotes", String.valueOf(notes));
            long[] bytes = sizes.bytes().get(notes);
            String measured = packet.map(ms -> fmt(ms) + " ms (" + fmt(ms / notes) + " ms/note, "
                    + kib(bytes[0] / notes) + "/note)").orElse("failed");
            String baseline = bare.map(ms -> fmt(ms) + " ms (" + fmt(ms / notes) + " ms/note, "
                    + kib(bytes[1] / notes) + "/note)").orElse("failed");
            row("packet export", String.format(Locale.ROOT, "%,d notes, PDF/A, CODED", notes), measured, baseline,
                    ratio(packet, bare), "<= 1.5x baseline", verdict(ratio(packet, bare), 1.5));
            packet.ifPresent(ms -> perNote.put(notes, ms / notes));
        }
        int smallest = sizes.bytes().keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        int largest = sizes.bytes().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        Optional<Double> flat = perNote.containsKey(smallest) && perNote.containsKey(largest)
                ? Optional.of(perNote.get(largest) / perNote.get(smallest)) : Optional.empty();
        row("packet export", String.format(Locale.ROOT, "time per note, %,d vs %,d", largest, smallest),
                flat.map(r -> fmt(perNote.get(largest)) + " ms/note").orElse("failed"),
                flat.map(r -> fmt(perNote.get(smallest)) + " ms/note at " + smallest).orElse("-"), flat,
                "<= 1.2x", verdict(flat, 1.2));
        boolean completed = score(results, "packetWriter", "packetNotes", String.valueOf(largest)).isPresent();
        row("packet export", String.format(Locale.ROOT, "%,d notes under -Xmx256m", largest),
                completed ? "completed" : "failed", "-", Optional.empty(), "completes",
                completed ? pass() : fail());
        details.append("Packet export (single-shot ms per packet, mean of 4 after 2 warm-ups, every fork -Xmx256m):\n\n");
        results.forEach(r -> details.append("- ").append(name(r)).append(' ').append(r.getParams().getParam("packetNotes"))
                .append(": ").append(fmt(r.getPrimaryResult().getScore())).append(" ± ")
                .append(fmt(r.getPrimaryResult().getScoreError())).append(" ms\n"));
        details.append('\n');
    }

    void reviews(Collection<RunResult> results, int threads) {
        for (String db : new String[] {"H2", "POSTGRES"}) {
            Optional<Double> cycles = score(results, "fullCycle", "database", db);
            Optional<Double> same = score(results, "baselineSameSteps", "database", db);
            Optional<Double> plain = score(results, "baselinePlainJdbc", "database", db);
            if (cycles.isEmpty()) {
                continue;
            }
            Optional<Double> ratio = ratio(cycles, same);
            String label = db + ", " + threads + " thread" + (threads > 1 ? "s" : "") + ", 8 organisations";
            row("review cycles/s", label, fmt(cycles.get()) + " cycles/s",
                    same.map(p -> fmt(p) + " cycles/s (same steps)").orElse("failed"),
                    ratio, ">= 0.5x baseline", ratio.map(r -> r >= 0.5 ? pass() : fail()).orElseGet(this::fail));
            if (db.equals("H2") && threads == 1) {
                row("review cycles/s", label, fmt(cycles.get()) + " cycles/s",
                        same.map(p -> fmt(p) + " cycles/s (same steps)").orElse("failed"),
                        ratio, ">= 0.8x baseline", ratio.map(r -> r >= 0.8 ? pass() : fail()).orElseGet(this::fail));
            }
            Optional<Double> minimal = ratio(cycles, plain);
            row("review cycles/s", label + ", reference", fmt(cycles.get()) + " cycles/s",
                    plain.map(p -> fmt(p) + " cycles/s (3 row updates)").orElse("failed"),
                    minimal, "none (reference)", "-");
            if (db.equals("H2") && threads == 4) {
                row("review cycles/s", "H2, 4 threads, absolute", fmt(cycles.get()) + " cycles/s", "-",
                        Optional.empty(), ">= 1,000 cycles/s", cycles.get() >= 1000 ? pass() : fail());
            }
            details.append("- review ").append(db).append(", ").append(threads).append(" threads: module ")
                    .append(fmt(cycles.get())).append(" ± ").append(fmt(error(results, "fullCycle", db)))
                    .append(" cycles/s, same steps in plain JDBC ").append(same.map(ReportTables::fmt).orElse("-"))
                    .append(" ± ").append(fmt(error(results, "baselineSameSteps", db)))
                    .append(" cycles/s, three row updates ").append(plain.map(ReportTables::fmt).orElse("-"))
                    .append(" ± ").append(fmt(error(results, "baselinePlainJdbc", db))).append(" cycles/s\n");
        }
    }

    void queues(Collection<RunResult> results, String[] databases, String large, String small) {
        details.append("\nQueue latency (ms, sampled):\n\n");
        for (String db : databases) {
            for (String query : new String[] {"queueFilteredFirstPage", "queuePage100ByKeyset"}) {
                Map<String, Double> p95 = new LinkedHashMap<>();
                for (String notes : new String[] {large, small}) {
                    Optional<Double> figure = p95(results, query, db, notes);
                    Optional<Double> baseline = p95(results, "baselinePrimaryKey50", db, notes);
                    figure.ifPresent(v -> p95.put(notes, v));
                    String label = query.equals("queueFilteredFirstPage")
                            ? "supervisee + flagged + overdue, first page of 50" : "100th page of 50 by keyset";
                    row("queue p95", db + ", " + count(notes) + " notes, " + label, figure.map(v -> fmt(v) + " ms").orElse("failed"),
                            baseline.map(v -> fmt(v) + " ms (PK look-up of 50)").orElse("failed"),
                            ratio(figure, baseline), "p95 <= 20 ms",
                            figure.map(v -> v <= 20 ? pass() : fail()).orElseGet(this::fail));
                }
                if (p95.containsKey(large) && p95.containsKey(small)) {
                    double flat = p95.get(large) / p95.get(small);
                    row("queue p95", db + ", " + query + ": " + count(large) + " vs " + count(small) + " notes",
                            fmt(p95.get(large)) + " ms", fmt(p95.get(small)) + " ms at " + count(small),
                            Optional.of(flat), "<= 1.3x (flat)", flat <= 1.3 ? pass() : fail());
                }
            }
        }
        results.forEach(r -> details.append("- ").append(name(r)).append(' ').append(r.getParams().getParam("database"))
                .append(' ').append(r.getParams().getParam("queueNotes")).append(": p50 ")
                .append(fmt(r.getPrimaryResult().getStatistics().getPercentile(50))).append(", p95 ")
                .append(fmt(r.getPrimaryResult().getStatistics().getPercentile(95))).append(", p99 ")
                .append(fmt(r.getPrimaryResult().getStatistics().getPercentile(99))).append(", samples ")
                .append(r.getPrimaryResult().getSampleCount()).append('\n'));
    }

    void startup(Collection<RunResult> results) {
        Optional<Double> with = score(results, "hostWithPlugin", null, null);
        Optional<Double> without = score(results, "baselineHostWithoutPlugins", null, null);
        Optional<Double> added = with.flatMap(w -> without.map(b -> w - b));
        row("host start-up", "with the plugin, migrations applied",
                with.map(v -> fmt(v) + " ms (+" + fmt(added.get()) + " ms)").orElse("failed"),
                without.map(v -> fmt(v) + " ms without plugins").orElse("failed"), ratio(with, without),
                "<= 300 ms added", added.map(a -> a <= 300 ? pass() : fail()).orElseGet(this::fail));
        details.append("\nHost start-up: with the plugin ").append(with.map(ReportTables::fmt).orElse("-"))
                .append(" ms, without ").append(without.map(ReportTables::fmt).orElse("-")).append(" ms (mean)\n");
    }

    private void row(String benchmark, String label, String measured, String baseline, Optional<Double> ratio,
            String target, String verdict) {
        rows.append("| ").append(benchmark).append(" | ").append(label).append(" | ").append(measured).append(" | ")
                .append(baseline).append(" | ").append(ratio.map(r -> fmt(r) + "x").orElse("-")).append(" | ")
                .append(target).append(" | ").append(verdict).append(" |\n");
    }

    private String pass() {
        met++;
        return "MET";
    }

    private String fail() {
        missed++;
        return "**NOT MET**";
    }

    private String verdict(Optional<Double> ratio, double limit) {
        return ratio.map(r -> r <= limit ? pass() : fail()).orElseGet(this::fail);
    }

    private static Optional<Double> ratio(Optional<Double> a, Optional<Double> b) {
        return a.flatMap(x -> b.map(y -> x / y));
    }

    private static Optional<Double> score(Collection<RunResult> results, String method, String param, String value) {
        return find(results, method, param, value).map(r -> r.getPrimaryResult().getScore());
    }

    private static double error(Collection<RunResult> results, String method, String db) {
        return find(results, method, "database", db).map(r -> r.getPrimaryResult().getScoreError()).orElse(Double.NaN);
    }

    private static Optional<Double> p95(Collection<RunResult> results, String method, String db, String notes) {
        return results.stream().filter(r -> name(r).equals(method)
                        && db.equals(r.getParams().getParam("database"))
                        && notes.equals(r.getParams().getParam("queueNotes")))
                .findFirst().map(r -> r.getPrimaryResult().getStatistics().getPercentile(95));
    }

    private static Optional<RunResult> find(Collection<RunResult> results, String method, String param, String value) {
        return results.stream().filter(r -> name(r).equals(method)
                && (param == null || value.equals(r.getParams().getParam(param)))).findFirst();
    }

    private static String name(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String count(String number) {
        return String.format(Locale.ROOT, "%,d", Integer.parseInt(number));
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }

    static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }
}
