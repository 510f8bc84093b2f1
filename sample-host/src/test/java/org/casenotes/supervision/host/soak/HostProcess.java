package org.casenotes.supervision.host.soak;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built host jar ({@code target/sample-host.jar}, plugins beside it) in a JVM of its own,
 * as an operator starts it; killed with SIGKILL when a soak test wants a crash.
 */
final class HostProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/sample-host.jar");

    private final Process process;
    private final int port;

    private HostProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Runs a host command to its end and returns its exit code; output goes to the log file. */
    static int run(Path log, String... args) throws IOException, InterruptedException {
        Process process = start(log, args);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("host command did not end: " + args[0]);
        }
        return process.exitValue();
    }

    /** Starts {@code serve} on a free port and waits until it answers {@code /health}. */
    static HostProcess serve(String databaseUrl, Path data, Path log) throws IOException, InterruptedException {
        int port = freePort();
        HostProcess host = new HostProcess(start(log, "serve", "--db", databaseUrl, "--data", data.toString(),
                "--port", String.valueOf(port)), port);
        host.awaitHealthy(log);
        return host;
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** kill -9: no shutdown hook, no checkpoint, no clean-up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy(); // SIGTERM: the shutdown hook stops the server and takes a checkpoint
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Process start(Path log, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing; the soak tests run after package");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Informational lines too: each database race a host lost is logged with its SQLState
        // and the statement's code location, which is what a failed soak needs explained.
        builder.environment().put("LOG_LEVEL", "INFO");
        return builder.start();
    }

    private void awaitHealthy(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("host exited with " + process.exitValue() + "; the end of " + log
                        + " (kept with the test's folder when the test fails):\n" + tail(log, 30));
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        kill();
        throw new IllegalStateException("host did not become healthy; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The last lines of a host log, for a failure message: the log's folder is removed after the test. */
    private static String tail(Path log, int lines) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "(no log)";
        }
        List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
