package org.example.minimalhost;

import java.lang.ref.WeakReference;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.CheckpointSink;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.HostFailureException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.loader.LoadedPlugins;
import org.casenotes.supervision.api.loader.PluginProblem;
import org.casenotes.supervision.api.loader.PluginReport;
import org.casenotes.supervision.api.loader.SupervisionPluginLoader;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;

/**
 * A vendor's smallest host, compiled against plugin-api and pf4j only. It runs with its own
 * older libraries on the class path and a pool of ONE connection, and prints one line per
 * check: "OK name detail" or "FAIL name detail". Arguments: plugins folder, JDBC URL, work folder.
 */
public final class MinimalHost {

    static final String ORG = "org-m";
    static final Actor CLIN = Actor.of("clin", ORG, Role.CLINICIAN);
    static final Actor SUP = Actor.of("sup", ORG, Role.SUPERVISOR);
    static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    public static void main(String[] args) throws Exception {
        Path plugins = Path.of(args[0]);
        String url = args[1];
        Path work = Files.createDirectories(Path.of(args[2]));
        OneConnectionPool pool = new OneConnectionPool(url);
        Host host = new Host(pool.dataSource());
        if (args.length > 3 && args[3].equals("upgrade")) {
            upgrade(plugins, host, work);
            pool.close();
            return;
        }
        ExecutorService requestThread = Executors.newSingleThreadExecutor();
        int failures = 0;
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        for (int cycle = 0; cycle < 5; cycle++) {
            try (LoadedPlugins loaded = SupervisionPluginLoader.load(plugins)) {
                SupervisionModuleProvider provider = loaded.provider().orElseThrow(() ->
                        new IllegalStateException(loaded.whyUnavailable().orElseThrow().message()));
                loaders.add(new WeakReference<>(provider.getClass().getClassLoader()));
                long start = System.nanoTime();
                SupervisionModule module = provider.create(host);
                long createMs = (System.nanoTime() - start) / 1_000_000;
                String note = "note-" + cycle;
                String detail = requestThread.submit(() -> flow(host, module, note, work)).get();
                System.out.println("OK flow cycle=" + cycle + " create_ms=" + createMs + " schema=" + module.schemaVersion()
                        + " version=" + module.version() + " " + detail);
                if (cycle == 0) {
                    failures += faults(host, module, provider);
                }
                if (cycle % 2 == 0) {
                    module.close();
                }
            }
        }
        for (int round = 0; round < 40 && loaders.stream().anyMatch(l -> l.get() != null); round++) {
            System.gc();
            Thread.sleep(50);
        }
        long leaked = loaders.stream().filter(l -> l.get() != null).count();
        System.out.println((leaked == 0 ? "OK" : "FAIL") + " reload leaked_loaders=" + leaked + " of " + loaders.size());
        requestThread.shutdown();
        pool.close();
        System.out.println("DONE failures=" + (failures + (leaked == 0 ? 0 : 1)));
    }

    /**
     * One start of the host for the upgrade check: which plugin version the loader started (or
     * why it refused), the schema, the note "kept-note" (written and co-signed by the first
     * start, read by later ones) and the history of applied migrations, one line.
     */
    private static void upgrade(Path plugins, Host host, Path work) throws Exception {
        try (LoadedPlugins loaded = SupervisionPluginLoader.load(plugins)) {
            if (loaded.provider().isEmpty()) {
                PluginProblem why = loaded.whyUnavailable().orElseThrow();
                System.out.println("REFUSED kind=" + why.kind() + " " + why.message());
                System.out.println("DONE failures=0");
                return;
            }
            String version = loaded.reports().stream().filter(r -> r.id().equals(SupervisionPluginLoader.PLUGIN_ID))
                    .findFirst().map(PluginReport::version).orElse("-");
            String noteId = "kept-note";
            host.notes.put(noteId, new ProgressNote(ORG, noteId, "client-" + noteId, "clin", DAY, "Individual, 50 min", "Text."));
            try (SupervisionModule module = loaded.provider().get().create(host)) {
                // A note the plugin has no record of reads as a draft; the first start co-signs it.
                ReviewState state = module.reviews().review(SUP, noteId).state();
                String kept = state == ReviewState.DRAFT ? "written:" + flow(host, module, noteId, work).replace(' ', ',')
                        : "found:" + state;
                System.out.println("OK upgrade plugin=" + version + " schema=" + module.schemaVersion() + " kept=" + kept
                        + " history=" + history(host.dataSource()));
            }
        }
        System.out.println("DONE failures=0");
    }

    /** Each applied migration version with how often it was applied, such as "1x1,2x1". */
    private static String history(DataSource dataSource) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT \"version\", COUNT(*) FROM \"sr_schema_history\""
                        + " WHERE \"version\" IS NOT NULL AND \"success\" GROUP BY \"version\"")) {
            List<String> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(rows.getString(1) + "x" + rows.getInt(2));
            }
            applied.sort(java.util.Comparator.comparing((String v) -> v.split("x")[0],
                    java.util.Comparator.comparing(MinimalHost::versionKey)));
            out.append(String.join(",", applied));
        }
        return out.toString();
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%06d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    private static String flow(Host host, SupervisionModule module, String noteId, Path work) throws Exception {
        host.notes.put(noteId, new ProgressNote(ORG, noteId, "client-" + noteId, "clin", DAY, "Individual, 50 min", "Text."));
        module.disclosures().save(CLIN, new SaveSection(noteId, "client-" + noteId, "clin", DAY, 0, "{\"noSelfDisclosure\": true}"));
        Review submitted = module.reviews().submit(CLIN, noteId, 0);
        int waiting = module.reviews().queue(SUP, QueueQuery.waiting(50)).items().size();
        Review coSigned = module.reviews().coSign(SUP, noteId, submitted.version());
        module.meetings().hours(SUP, "clin", DAY.minusDays(30), DAY, ZoneOffset.UTC);
        int pages = module.packets().export(SUP, PacketRequest.forPeriod(List.of("clin"), DAY, DAY),
                PacketOptions.defaults(), work.resolve(noteId + ".pdf")).pages();
        return "queue=" + waiting + " state=" + coSigned.state() + " packet_pages=" + pages;
    }

    private static int faults(Host host, SupervisionModule module, SupervisionModuleProvider provider) {
        int failures = 0;
        host.notes.put("fault-note", new ProgressNote(ORG, "fault-note", "client-f", "clin", DAY, "Individual", "Text."));
        module.disclosures().save(CLIN, new SaveSection("fault-note", "client-f", "clin", DAY, 0, "{\"noSelfDisclosure\": true}"));
        Review submitted = module.reviews().submit(CLIN, "fault-note", 0);
        host.brokenPart = "directory";
        failures += expectHostFailure("coSign with the directory broken",
                () -> module.reviews().coSign(SUP, "fault-note", submitted.version()));
        host.brokenPart = "dataSource";
        failures += expectHostFailure("queue with the data source broken", () -> module.reviews().queue(SUP, QueueQuery.waiting(5)));
        host.brokenPart = "clockAccessor";
        failures += expectHostFailure("create with the clock broken", () -> provider.create(host));
        host.brokenPart = "";
        SupervisionModule closed = provider.create(host);
        closed.close();
        try {
            closed.reviews().queue(SUP, QueueQuery.waiting(5));
            System.out.println("FAIL closed module answered");
            failures++;
        } catch (InvalidStateException e) {
            System.out.println("OK closed module code=" + e.code());
        }
        return failures;
    }

    private static int expectHostFailure(String what, Runnable call) {
        try {
            call.run();
            System.out.println("FAIL " + what + ": no error");
            return 1;
        } catch (HostFailureException e) {
            System.out.println("OK " + what + " part=" + e.part() + " cause=" + e.getCause().getClass().getSimpleName());
            return 0;
        } catch (RuntimeException e) {
            System.out.println("FAIL " + what + ": " + e.getClass().getName());
            return 1;
        }
    }

    /** A pool of exactly one JDBC connection: a second borrower waits at most a second, then fails. */
    static final class OneConnectionPool {
        private final Connection connection;
        private final Semaphore free = new Semaphore(1);

        OneConnectionPool(String url) throws SQLException {
            this.connection = DriverManager.getConnection(url);
        }

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(MinimalHost.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        if (!method.getName().equals("getConnection")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        if (!free.tryAcquire(1, java.util.concurrent.TimeUnit.SECONDS)) {
                            throw new SQLException("the one pooled connection is in use", "08001");
                        }
                        connection.setAutoCommit(true);
                        return borrowed();
                    });
        }

        private Connection borrowed() {
            boolean[] returned = {false};
            return (Connection) Proxy.newProxyInstance(MinimalHost.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            if (!returned[0]) {
                                returned[0] = true;
                                free.release();
                            }
                            return null;
                        }
                        if (method.getName().equals("isClosed")) {
                            return returned[0];
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        void close() throws SQLException {
            connection.close();
        }
    }

    /** The host context: people, one assignment, notes in a map; one part can be broken. */
    static final class Host implements HostContext {
        final Map<String, ProgressNote> notes = new ConcurrentHashMap<>();
        volatile String brokenPart = "";
        private final DataSource dataSource;
        private final AuditSecrets secrets = secrets();

        Host(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        private void check(String part) {
            if (brokenPart.equals(part)) {
                throw new IllegalStateException("the vendor's " + part + " broke");
            }
        }

        @Override
        public DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(MinimalHost.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        check("dataSource");
                        try {
                            return method.invoke(dataSource, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Clock clock() {
            check("clockAccessor");
            return Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
        }

        @Override
        public SupervisionDirectory directory() {
            return new SupervisionDirectory() {
                @Override
                public Optional<Person> person(String org, String userId) {
                    check("directory");
                    return Optional.of(new Person(org, userId, "Person " + userId, "",
                            Set.of(userId.equals("sup") ? Role.SUPERVISOR : Role.CLINICIAN)));
                }

                @Override
                public List<SupervisionAssignment> assignmentsOf(String org, String clinicianId) {
                    check("directory");
                    return clinicianId.equals("clin") ? List.of(assignment()) : List.of();
                }

                @Override
                public List<SupervisionAssignment> assignmentsBy(String org, String supervisorId) {
                    check("directory");
                    return supervisorId.equals("sup") ? List.of(assignment()) : List.of();
                }
            };
        }

        private static SupervisionAssignment assignment() {
            return new SupervisionAssignment(ORG, "sup", "clin", SupervisionAssignment.Kind.PRIMARY, LocalDate.of(2025, 1, 1), null);
        }

        @Override
        public NoteLookup notes() {
            return new NoteLookup() {
                @Override
                public Optional<ProgressNote> note(String org, String noteId) {
                    return Optional.ofNullable(notes.get(noteId));
                }

                @Override
                public Optional<ClientIdentity> client(String org, String clientId) {
                    return Optional.of(new ClientIdentity(org, clientId, "Sam", "Doe", null));
                }
            };
        }

        @Override
        public SupervisionEventListener events() {
            return SupervisionEventListener.NONE;
        }

        @Override
        public PolicySource policies() {
            return PolicySource.BUILT_IN;
        }

        @Override
        public AuditSecrets auditSecrets() {
            return secrets;
        }

        private static AuditSecrets secrets() {
            try {
                KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                SecretKey hmac = new SecretKeySpec(new byte[32], "HmacSHA256");
                Map<Long, Checkpoint> stored = new ConcurrentHashMap<>();
                CheckpointSink sink = new CheckpointSink() {
                    @Override
                    public void write(Checkpoint checkpoint) {
                        stored.putIfAbsent(checkpoint.sequence(), checkpoint);
                    }

                    @Override
                    public Optional<Checkpoint> latest() {
                        return stored.keySet().stream().max(Long::compare).map(stored::get);
                    }
                };
                return new AuditSecrets() {
                    public SecretKey hmacKey() { return hmac; }
                    public PrivateKey checkpointSigningKey() { return keys.getPrivate(); }
                    public PublicKey checkpointVerifyingKey() { return keys.getPublic(); }
                    public CheckpointSink checkpoints() { return sink; }
                };
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
