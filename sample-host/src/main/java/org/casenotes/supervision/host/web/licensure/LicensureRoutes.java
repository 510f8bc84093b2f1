package org.casenotes.supervision.host.web.licensure;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.licensure.BoardStatement;
import org.casenotes.supervision.host.web.DateInput;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.Languages;
import org.casenotes.supervision.host.web.QueryInput;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;
import org.casenotes.supervision.host.web.auth.AuthRoutes;
import org.casenotes.supervision.host.web.packet.ExportFolders;

/**
 * Board rule packs, the check of a supervisee's supervision against their board's rules, the
 * board summary CSV, and the board statement and close-out a supervisor signs (with their
 * password, as an electronic signature requires) as PDF downloads; who may read what is the
 * plugin's rule (the hours log's). Statement files are written into this host's own export
 * folder, sent and deleted; their names are set here, never taken from the request.
 */
public final class LicensureRoutes {

    static final int DEFAULT_DAYS = 90;

    /** What the statement form sends: whose, which days, which language, and the signer's password. */
    record StatementBody(String supervisee, String from, String to, String locale, String password) {
    }

    /** What the close-out form sends. */
    record CloseOutBody(String supervisee, String locale, String password) {
    }

    private final Supervision supervision;
    private final ZoneId zone;
    private final JsonBodies json;
    private final AuthRoutes auth;
    private final Path workDir;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     * @param zone the practice's time zone
     * @param json the body reader
     * @param auth password checks for signing
     * @param workDir this host's own export work folder ({@link ExportFolders#claim}), where statements are written before they are sent
     */
    public LicensureRoutes(Supervision supervision, ZoneId zone, JsonBodies json, AuthRoutes auth, Path workDir) {
        this.supervision = supervision;
        this.zone = zone;
        this.json = json;
        this.auth = auth;
        this.workDir = workDir;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/licensure/rule-packs", ctx -> ctx.json(supervision.module().licensure().rulePacks()));
        routes.get("/api/licensure/rule-packs/{packId}", ctx -> ctx.contentType("application/json")
                .result(supervision.module().licensure().rulePackJson(ctx.pathParam("packId"))));
        routes.get("/api/licensure/check", ctx -> {
            Query q = query(ctx);
            ctx.json(supervision.module().licensure().check(AccessGuard.actor(ctx), q.supervisee(), q.supervisor(),
                    q.from(), q.to(), zone, locale(ctx)));
        });
        routes.get("/api/licensure/board.csv", ctx -> {
            Query q = query(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"board-summary.csv\"")
                    .contentType("text/csv; charset=utf-8")
                    .result(supervision.module().licensure().boardCsv(AccessGuard.actor(ctx), q.supervisee(),
                            q.supervisor(), q.from(), q.to(), zone));
        });
        routes.post("/api/licensure/board-statement", this::statement);
        routes.post("/api/licensure/close-out", this::closeOut);
    }

    private void statement(Context ctx) throws IOException {
        StatementBody body = json.read(ctx, StatementBody.class);
        List<FieldProblem> problems = new ArrayList<>();
        String supervisee = required(body.supervisee(), "/supervisee", problems);
        LocalDate from = DateInput.day(body.from(), "/from", problems);
        LocalDate to = DateInput.day(body.to(), "/to", problems);
        if (body.from() == null || body.from().isEmpty()) {
            problems.add(new FieldProblem("/from", "required", "give the first day"));
        }
        if (body.to() == null || body.to().isEmpty()) {
            problems.add(new FieldProblem("/to", "required", "give the last day"));
        }
        Locale locale = language(ctx, body.locale(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        auth.reauthenticate(ctx, body.password());
        send(ctx, "board-statement-" + from + "-to-" + to + ".pdf", file -> supervision.module().licensure()
                .boardStatement(AccessGuard.actor(ctx), supervisee, from, to, zone, locale, file));
    }

    private void closeOut(Context ctx) throws IOException {
        CloseOutBody body = json.read(ctx, CloseOutBody.class);
        List<FieldProblem> problems = new ArrayList<>();
        String supervisee = required(body.supervisee(), "/supervisee", problems);
        Locale locale = language(ctx, body.locale(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        auth.reauthenticate(ctx, body.password());
        send(ctx, "board-close-out.pdf", file -> supervision.module().licensure()
                .closeOut(AccessGuard.actor(ctx), supervisee, zone, locale, file));
    }

    private void send(Context ctx, String name, Function<Path, BoardStatement> write) throws IOException {
        Path folder = Files.createTempDirectory(workDir, "board-");
        Path file = folder.resolve("statement.pdf");
        try {
            BoardStatement written = write.apply(file);
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    .header("Cache-Control", "no-store")
                    .header("X-Statement-Pages", String.valueOf(written.pages()))
                    .header("X-Statement-Sha256", written.sha256())
                    .contentType("application/pdf")
                    .result(Files.readAllBytes(written.file()));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static String required(String value, String path, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(path, "required", "name the supervisee"));
            return null;
        }
        return value.strip();
    }

    /** The body's language (en or es, strictly), else the request's. */
    private static Locale language(Context ctx, String asked, List<FieldProblem> problems) {
        if (asked == null) {
            return Languages.of(ctx);
        }
        if (!Set.of("en", "es").contains(asked)) {
            problems.add(new FieldProblem("/locale", "not-allowed", "locale must be en or es"));
            return Locale.ENGLISH;
        }
        return Locale.forLanguageTag(asked);
    }

    private record Query(String supervisee, String supervisor, LocalDate from, LocalDate to) {
    }

    private Query query(Context ctx) {
        String supervisee = QueryInput.text(ctx, "supervisee");
        if (supervisee == null || supervisee.isBlank()) {
            throw ValidationException.of("/supervisee", "required", "name the supervisee");
        }
        String supervisor = QueryInput.text(ctx, "supervisor");
        LocalDate to = DateInput.query(ctx, "to", LocalDate.now(zone));
        return new Query(supervisee.strip(), supervisor == null || supervisor.isBlank() ? null : supervisor.strip(),
                DateInput.query(ctx, "from", to.minusDays(DEFAULT_DAYS)), to);
    }

    /** The language asked for by {@code ?locale=} (en or es), else Accept-Language; English by default. */
    static Locale locale(Context ctx) {
        return Languages.of(ctx);
    }
}
