package org.casenotes.supervision.host.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.host.clinic.AuditCheckpoint;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicEventLog;
import org.casenotes.supervision.host.clinic.AuditKeysRefused;
import org.casenotes.supervision.host.clinic.ClinicHostContext;
import org.casenotes.supervision.host.clinic.PendingEventRelay;
import org.casenotes.supervision.host.clinic.ClinicSchema;
import org.casenotes.supervision.host.clinic.ClinicSettings;
import org.casenotes.supervision.host.clinic.ClinicRecords;
import org.casenotes.supervision.host.clinic.ClinicUsers;
import org.casenotes.supervision.host.clinic.DataFolder;
import org.casenotes.supervision.host.web.admin.AdminRoutes;
import org.casenotes.supervision.host.web.billing.BillingRoutes;
import org.casenotes.supervision.host.web.sampling.SamplingRoutes;
import org.casenotes.supervision.host.web.licensure.LicensureRoutes;
import org.casenotes.supervision.host.web.meeting.MeetingRoutes;
import org.casenotes.supervision.host.web.signature.SignatureRoutes;
import org.casenotes.supervision.host.web.notes.DisclosureRoutes;
import org.casenotes.supervision.host.web.notes.NoteRoutes;
import org.casenotes.supervision.host.web.fhir.FhirRoutes;
import org.casenotes.supervision.host.web.packet.ExportFolders;
import org.casenotes.supervision.host.web.packet.PacketRoutes;
import org.casenotes.supervision.host.web.staff.StaffRoutes;
import org.casenotes.supervision.host.clinic.StaffDirectory;
import org.casenotes.supervision.host.web.people.PeopleRoutes;
import org.casenotes.supervision.host.web.review.ReviewRoutes;
import org.casenotes.supervision.host.demo.DemoData;
import org.casenotes.supervision.host.demo.DemoPractice;
import org.casenotes.supervision.host.web.auth.AccessGuard;
import org.casenotes.supervision.host.web.auth.AuthRoutes;
import org.casenotes.supervision.host.web.auth.SignInAudit;
import org.casenotes.supervision.host.web.auth.LoginThrottle;
import org.casenotes.supervision.host.web.auth.Sessions;
import org.casenotes.supervision.host.plugin.PluginHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running host, booted in named steps: open the database, load the plugins, create the
 * supervision module, start the web server. A plugin fault leaves the host running without
 * the supervision features.
 */
public final class ClinicServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicServer.class);

    /**
     * What the server is started with.
     *
     * @param dataDir the host's data folder
     * @param databaseUrl the JDBC URL
     * @param pluginsDir the plugins folder
     * @param port the HTTP port; 0 picks a free one
     * @param demoData whether to seed the demo practices first
     * @param trustedProxies the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto count
     */
    public record Settings(Path dataDir, String databaseUrl, Path pluginsDir, int port, boolean demoData,
            TrustedProxies trustedProxies) {

        /**
         * Settings without a trusted proxy: the connection's address and scheme count.
         *
         * @param dataDir the host's data folder
         * @param databaseUrl the JDBC URL
         * @param pluginsDir the plugins folder
         * @param port the HTTP port; 0 picks a free one
         * @param demoData whether to seed the demo practices first
         */
        public Settings(Path dataDir, String databaseUrl, Path pluginsDir, int port, boolean demoData) {
            this(dataDir, databaseUrl, pluginsDir, port, demoData, TrustedProxies.none());
        }
    }

    /** Request bodies above this size are answered 413. */
    static final long MAX_BODY_BYTES = 1_000_000;
    /** The web UI loads nothing from elsewhere and runs no inline script. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final ClinicDatabase database;
    private final PluginHost plugins;
    private final SupervisionModule module;
    private final String moduleFault;
    private final Javalin web;
    private final Path dataDir;
    private final PendingEventRelay relay;

    private ClinicServer(ClinicDatabase database, PluginHost plugins, SupervisionModule module,
            String moduleFault, Javalin web, Path dataDir) {
        this.dataDir = dataDir;
        this.database = database;
        this.plugins = plugins;
        this.module = module;
        this.moduleFault = moduleFault;
        this.web = web;
        this.relay = module == null ? null : PendingEventRelay.start(module);
    }

    /**
     * Starts the host.
     *
     * @param settings where things are
     * @return the running server
     * @throws Exception when the data folder or the web port cannot be used
     */
    public static ClinicServer start(Settings settings) throws Exception {
        DataFolder.prepare(settings.dataDir());
        ClinicDatabase database = ClinicDatabase.open(settings.databaseUrl());
        DataFolder.restrictFiles(settings.dataDir());
        ClinicSchema.create(database.dataSource());
        if (settings.demoData()) {
            DemoData.seedHostTables(database.dataSource(), java.time.LocalDate.now());
        }
        PluginHost plugins = PluginHost.start(settings.pluginsDir());
        plugins.statuses().forEach(s -> LOG.info("plugin {}", s.line()));

        SupervisionModule module = null;
        String fault = null;
        if (plugins.supervision().isPresent()) {
            try {
                module = AuditKeysRefused.createModule(plugins.supervision().get(), new ClinicHostContext(
                        database.dataSource(), Clock.systemDefaultZone(), new ClinicEventLog(database.dataSource()),
                        settings.dataDir()));
                if (settings.demoData()) {
                    var provider = plugins.supervision().get();
                    DemoPractice.seedOrWarn(clock -> provider.create(new ClinicHostContext(database.dataSource(), clock,
                            new ClinicEventLog(database.dataSource()), settings.dataDir())), module,
                            new ClinicSettings(database.dataSource()), java.time.LocalDate.now(),
                            java.time.ZoneId.systemDefault());
                }
            } catch (AuditKeysRefused e) {
                plugins.close();
                database.close();
                throw e;
            } catch (SupervisionException e) {
                fault = e.getMessage();
            } catch (RuntimeException | LinkageError e) {
                fault = "the plugin failed while creating its module: " + PluginStatusText.of(e);
            }
        } else {
            fault = plugins.whyUnavailable().orElse("supervision-review plugin not loaded");
        }
        if (fault != null) {
            LOG.warn("supervision features unavailable: {}", fault);
        }
        HealthRoutes health = new HealthRoutes(database, plugins, Optional.ofNullable(module), fault);
        Clock clock = Clock.systemDefaultZone();
        Sessions sessions = new Sessions(clock);
        JsonBodies json = new JsonBodies();
        AccessGuard guard = new AccessGuard(sessions);
        Supervision supervision = new Supervision(module, fault);
        ProblemWords problemWords = new ProblemWords(() -> supervision.available().map(SupervisionModule::vocabulary));
        ClinicRecords records = new ClinicRecords(database.dataSource());
        SupervisionModule audited = module;
        AuthRoutes auth = new AuthRoutes(new ClinicUsers(database.dataSource()), sessions, new LoginThrottle(clock), json,
                clock, settings.trustedProxies(), new SignInAudit(() -> Optional.ofNullable(audited)));
        // One export work folder per running host, shared by every route that writes files.
        Path exportWork = ExportFolders.claim(settings.dataDir().resolve("exports"));
        Javalin web = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.port = settings.port();
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(problemWords)));
            // Errors raised inside the servlet context (a path that cannot be decoded, for a PUT
            // or DELETE) are answered by the context's handler, not the server's.
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler(problemWords)));
            config.jsonMapper(new JavalinJackson(json.responses(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff",
                        "Content-Security-Policy", CONTENT_SECURITY_POLICY);
            });
            config.routes.before("/api/*", guard::check);
            config.routes.before("/api/*", ctx -> rejectOversizedBody(ctx));
            Problems.addTo(config.routes, problemWords);
            health.addTo(config.routes);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
            auth.addTo(config.routes);
            new VocabularyRoutes(supervision).addTo(config.routes);
            new NoteRoutes(records, supervision, json).addTo(config.routes);
            new ReviewRoutes(supervision, records, auth, json).addTo(config.routes);
            new DisclosureRoutes(records, supervision, json).addTo(config.routes);
            new MeetingRoutes(supervision, json, clock.getZone(), auth, records).addTo(config.routes);
            new PeopleRoutes(records, supervision, clock.getZone()).addTo(config.routes);
            new LicensureRoutes(supervision, clock.getZone(), json, auth, exportWork).addTo(config.routes);
            new SignatureRoutes(supervision).addTo(config.routes);
            new BillingRoutes(supervision).addTo(config.routes);
            new SamplingRoutes(supervision, clock.getZone()).addTo(config.routes);
            new AdminRoutes(supervision, json).addTo(config.routes);
            new StaffRoutes(new StaffDirectory(database.dataSource()), clock).addTo(config.routes);
            new PacketRoutes(supervision, json, exportWork).addTo(config.routes);
            new FhirRoutes(supervision).addTo(config.routes);
        }).start();
        DataFolder.restrictFiles(settings.dataDir());
        return new ClinicServer(database, plugins, module, fault, web, settings.dataDir());
    }

    private static void rejectOversizedBody(io.javalin.http.Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > MAX_BODY_BYTES) {
            throw HttpProblem.of(413, "body.too-large", "the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
    }

    /**
     * Every HTTP route the server answers, as {@code METHOD path}, for checks that the API
     * description stays complete.
     *
     * @return the routes
     */
    public java.util.List<String> routes() {
        return web.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).sorted().toList();
    }

    /**
     * The port the server listens on.
     *
     * @return the bound port
     */
    public int port() {
        return web.port();
    }

    /**
     * The supervision module, when the plugin is available.
     *
     * @return the module or empty
     */
    public Optional<SupervisionModule> module() {
        return Optional.ofNullable(module);
    }

    /**
     * The host's database, for tests and tools that seed it.
     *
     * @return the data source
     */
    public javax.sql.DataSource dataSource() {
        return database.dataSource();
    }

    /**
     * Why the supervision features are unavailable.
     *
     * @return the one-line reason, or empty when they are available
     */
    public Optional<String> moduleFault() {
        return Optional.ofNullable(moduleFault);
    }

    @Override
    public void close() {
        web.stop();
        if (relay != null) {
            relay.close();
        }
        if (module != null) {
            AuditCheckpoint.takeBeforeClosing(module);
            module.close();
        }
        plugins.close();
        database.close();
        // The embedded database may have rewritten its file on closing.
        DataFolder.restrictFiles(dataDir);
    }
}
