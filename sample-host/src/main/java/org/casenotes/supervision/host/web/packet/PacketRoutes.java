package org.casenotes.supervision.host.web.packet;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.host.web.DateInput;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * Packet export as a download. The file is written by the plugin into a private folder under
 * the host's data folder, sent, and deleted; its name is set by the server, never taken from
 * the request.
 */
public final class PacketRoutes {

    /** What the export form sends. */
    record ExportBody(List<String> supervisees, String from, String to, String meetingId, String identity,
            String locale, String password) {
    }

    private final Supervision supervision;
    private final JsonBodies json;
    private final Path workDir;

    /**
     * Creates the routes, first removing the export folders a crashed host left behind.
     *
     * @param supervision the plugin's module
     * @param json the body reader
     * @param workDir this host's own export work folder ({@link ExportFolders#claim}), where files are written before they are sent
     */
    public PacketRoutes(Supervision supervision, JsonBodies json, Path workDir) {
        this.supervision = supervision;
        this.json = json;
        this.workDir = workDir;
    }

    /**
     * Registers the route.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/api/packets", this::export);
    }

    private void export(Context ctx) throws IOException {
        Actor actor = AccessGuard.actor(ctx);
        ExportBody body = json.read(ctx, ExportBody.class);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = DateInput.day(body.from(), "/from", problems);
        LocalDate to = DateInput.day(body.to(), "/to", problems);
        IdentityMode identity = IdentityMode.CODED;
        if (body.identity() != null) {
            try {
                identity = IdentityMode.valueOf(body.identity().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("/identity", "not-allowed", "identity must be one of CODED, INITIALS, FULL"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<String> supervisees = body.supervisees() == null ? List.of() : body.supervisees();
        PacketRequest request = body.meetingId() != null && !body.meetingId().isBlank()
                ? PacketRequest.forMeeting(supervisees, body.meetingId().strip())
                : new PacketRequest(supervisees, from, to, null, null);
        PacketOptions options = PacketOptions.defaults().withIdentity(identity)
                .withLocale(Locale.forLanguageTag(body.locale() == null ? "en" : body.locale().strip()));
        if (body.password() != null && !body.password().isEmpty()) {
            options = options.withPdfA(false).withPassword(body.password());
        }
        Path folder = Files.createTempDirectory(workDir, "packet-");
        Path file = folder.resolve("packet.pdf");
        try {
            PacketResult result = supervision.module().packets().export(actor, request, options, file);
            String name = "supervision-packet-" + (from != null ? from + "-to-" + to : "meeting") + ".pdf";
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    .header("Cache-Control", "no-store")
                    .header("X-Packet-Pages", String.valueOf(result.pages()))
                    .contentType("application/pdf")
                    .result(Files.readAllBytes(result.path()));
        } finally {
            deleteQuietly(file);
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
