package org.casenotes.supervision.host;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.casenotes.supervision.host.clinic.AuditKeysRefused;
import org.casenotes.supervision.host.web.ClinicServer;
import org.casenotes.supervision.host.web.TrustedProxies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the host: database, plugins, module, web server. */
@Command(name = "serve", description = {"Start the practice app on a port.",
    "Exit 3: refused, the audit key files are missing or do not fit the database's audit trail."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: 8080).")
    private int port;

    @Option(names = "--demo-data", description = "Seed the demo practices before serving (idempotent).")
    private boolean demoData;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "IP address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers are believed"
                    + " (repeatable; default: none).")
    private java.util.List<String> trustedProxies = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ClinicServer server;
        try {
            server = ClinicServer.start(new ClinicServer.Settings(
                    options.dataDir, options.databaseUrl(), options.pluginsDir(), port, demoData,
                    new TrustedProxies(java.util.Set.copyOf(trustedProxies))));
        } catch (AuditKeysRefused e) {
            System.err.println("refusing to start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println("Serving on http://localhost:" + server.port() + "/"
                + (demoData ? "  (sign in as supervisor-1, clinician-1 or admin-1; password: demo)" : ""));
        stopped.await();
        return 0;
    }
}
