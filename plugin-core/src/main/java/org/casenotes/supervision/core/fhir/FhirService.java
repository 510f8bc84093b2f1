package org.casenotes.supervision.core.fhir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.fhir.FhirExports;
import org.casenotes.supervision.api.fhir.FhirPacket;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.api.packet.Packets;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.packet.ClientCodes;
import org.casenotes.supervision.core.packet.PacketRights;
import org.casenotes.supervision.core.export.ExportScreen;
import org.casenotes.supervision.core.export.RedisclosureNotice;
import org.casenotes.supervision.core.export.RedisclosureNotices;
import org.casenotes.supervision.core.packet.PacketService;
import org.casenotes.supervision.core.storage.Transactions;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The FHIR exports: reads with the caller's rights through the review service (each read
 * audited as such), builds the resources, and records one PRINT_EXPORT audit event per Bundle
 * with its SHA-256. Thread-safe: it keeps no state between calls.
 */
public final class FhirService implements FhirExports {

    private final HostContext host;
    private final Transactions transactions;
    private final PacketService.PolicyReader policies;
    private final Reviews reviews;
    private final Packets packets;
    private final AuditTrail audit;
    private final ClientCodes codes;
    private final PacketRights rights;

    /**
     * Wires the service.
     *
     * @param host the host: clock, directory, notes, audit secrets (which key the client codes)
     * @param transactions the transaction runner
     * @param policies reads the policy's identifying fields
     * @param reviews the review service, read as the caller
     * @param packets the packet service, for packet exports
     * @param audit where the export events go
     */
    public FhirService(HostContext host, Transactions transactions, PacketService.PolicyReader policies,
            Reviews reviews, Packets packets, AuditTrail audit) {
        this.host = host;
        this.transactions = transactions;
        this.policies = policies;
        this.reviews = reviews;
        this.packets = packets;
        this.audit = audit;
        this.codes = new ClientCodes(host.auditSecrets().hmacKey());
        this.rights = new PacketRights(host.directory());
    }

    @Override
    public String review(Actor actor, String noteId, IdentityMode identity, FhirBundleType type) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(noteId, "noteId");
        NoteReviews reads = reads(actor, identity);
        NoteReview note = reads.note(noteId);
        ExportScreen screen = screen(actor);
        screen.requireExportable(noteId);
        String json = write(type, guarded(screen, noteId, reads.exporter().entries(note)), screen);
        record(actor, note.clientId(), "fhir-review", noteId, json, "mode=" + identity + ";type=" + type);
        return json;
    }

    @Override
    public String period(Actor supervisor, PacketRequest request, IdentityMode identity, FhirBundleType type) {
        ExportScreen screen = screen(supervisor);
        List<BundleEntry> entries = periodEntries(supervisor, request, identity, screen);
        String json = write(type, entries, screen);
        record(supervisor, null, "fhir-period", request.from() + ".." + request.to(), json,
                "mode=" + identity + ";type=" + type + ";supervisees=" + String.join(",", request.supervisees())
                        + guardDetail(screen));
        return json;
    }

    @Override
    public FhirPacket packet(Actor supervisor, PacketRequest request, PacketOptions options, Path destination,
            FhirBundleType type) {
        Objects.requireNonNull(options, "options");
        requirePeriod(request);
        PacketResult packet = packets.export(supervisor, request, options, destination);
        List<BundleEntry> entries = new ArrayList<>();
        StaffNames staff = new StaffNames(host.directory(), supervisor.organisationId());
        Instant generatedAt = request.generatedAt() != null ? request.generatedAt() : host.clock().instant();
        entries.add(new PacketDocument().document(supervisor.organisationId(), packet, options.identity(),
                request.from(), request.to(), generatedAt, staff.practitioner(supervisor.userId()),
                packetTitle(options.locale()) + " " + request.from() + ".." + request.to()));
        PacketSignatures.provenance(supervisor.organisationId(), packet, options, entries.get(0).fullUrl(),
                staff.practitioner(supervisor.userId()), generatedAt).ifPresent(entries::add);
        ExportScreen screen = screen(supervisor);
        entries.addAll(periodEntries(supervisor, request, options.identity(), screen));
        // The packet holds the same notes as the Bundle, so its DocumentReference carries the same notice.
        screen.notice().ifPresent(notice -> Part2Labels.label(entries.get(0).resource(), notice));
        String json = write(type, entries, screen);
        record(supervisor, null, "fhir-packet", packet.sha256(), json,
                "mode=" + options.identity() + ";type=" + type + guardDetail(screen));
        return new FhirPacket(packet, json);
    }

    @Override
    public String questionnaire(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return FhirJson.write(new QuestionnaireForm(locale).questionnaire());
    }

    private List<BundleEntry> periodEntries(Actor supervisor, PacketRequest request, IdentityMode identity,
            ExportScreen screen) {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(identity, "identity");
        requirePeriod(request);
        rights.requireSupervises(supervisor, request.supervisees(), LocalDate.now(host.clock()));
        NoteReviews reads = reads(supervisor, identity);
        List<BundleEntry> entries = new ArrayList<>();
        for (String noteId : reads.inPeriod(request.supervisees(), request.from(), request.to())) {
            if (screen.admit(noteId)) {
                entries.addAll(guarded(screen, noteId, reads.exporter().entries(reads.note(noteId))));
            }
        }
        return entries;
    }

    /** The export guard of one export, on the practice's day. */
    private ExportScreen screen(Actor actor) {
        return new ExportScreen(host.notes(), actor.organisationId(), LocalDate.now(host.clock()),
                RedisclosureNotices.builtIn());
    }

    /** Labels a Part 2 note's resources with the notice in force; others pass as they are. */
    private static List<BundleEntry> guarded(ExportScreen screen, String noteId, List<BundleEntry> entries) {
        if (screen.isPart2(noteId)) {
            RedisclosureNotice notice = screen.notice().orElseThrow();
            entries.forEach(entry -> Part2Labels.label(entry.resource(), notice));
        }
        return entries;
    }

    private static String guardDetail(ExportScreen screen) {
        return ";part2=" + screen.part2Notes() + ";psychotherapyLeftOut=" + screen.psychotherapyNotesLeftOut();
    }

    /** The packet's own title in its language, from the packet's vocabulary. */
    private static String packetTitle(Locale locale) {
        return java.util.ResourceBundle.getBundle("org.casenotes.supervision.core.packet.PacketText", locale,
                FhirService.class.getClassLoader(), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES)).getString("title.period");
    }

    private static void requirePeriod(PacketRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.meeting().isPresent()) {
            throw ValidationException.of("/meetingId", "fhir.meeting-unsupported",
                    "FHIR exports cover a period; export a meeting's packet as a PDF.");
        }
    }

    private NoteReviews reads(Actor actor, IdentityMode identity) {
        return new NoteReviews(host, transactions, policies, reviews, actor,
                new ClientNaming(identity, codes, host.notes()));
    }

    private String write(FhirBundleType type, List<BundleEntry> entries, ExportScreen screen) {
        Objects.requireNonNull(type, "type");
        Bundle bundle = Bundles.bundle(type, entries, host.clock().instant());
        Part2Labels.bundle(bundle, screen);
        return FhirJson.write(bundle);
    }

    private void record(Actor actor, String clientId, String targetType, String targetId, String json,
            String detail) {
        transactions.inTransaction("record the FHIR export", tx -> {
            audit.append(tx, new AuditEntry(host.clock().instant(), actor.organisationId(), actor.userId(), clientId,
                    AuditAction.PRINT_EXPORT, "fhir", targetType, targetId, null, null, sha256(json), detail));
            return null;
        });
    }

    private static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
