package org.casenotes.supervision.core.packet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingView;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.api.packet.Packets;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * Exports packets from stored data: checks the supervisor's right, assembles the content
 * (identities resolved to the chosen mode), writes the file atomically and then records one
 * PRINT_EXPORT audit event in its own transaction, deleting the file if that fails.
 * Thread-safe: it keeps no state between calls.
 */
public final class PacketService implements Packets {

    /** The audit trail's detail column holds this many characters. */
    private static final int DETAIL_MAX = 1000;

    private final HostContext host;
    private final Transactions transactions;
    private final PolicyReader policies;
    private final Meetings meetings;
    private final AuditTrail audit;
    private final PacketWriter writer;
    private final ClientCodes codes;
    private final PacketRights rights;

    /** The organisation's policy in force, read in the caller's transaction. */
    @FunctionalInterface
    public interface PolicyReader {

        /**
         * The policy in force.
         *
         * @param tx the caller's transaction
         * @param organisationId the organisation
         * @return the policy
         * @throws java.sql.SQLException on a database fault
         */
        OrganisationPolicy policy(org.casenotes.supervision.core.storage.Tx tx, String organisationId)
                throws java.sql.SQLException;
    }

    /**
     * Wires the service.
     *
     * @param host the host: clock, directory, notes, audit secrets (their chain key keys the
     *     client codes)
     * @param transactions the transaction runner over the host's data source
     * @param policies reads the policy's identifying fields
     * @param meetings the meetings service, read as the supervisor
     * @param audit where the export event goes
     * @param writer renders and places the file
     */
    public PacketService(HostContext host, Transactions transactions, PolicyReader policies, Meetings meetings,
            AuditTrail audit, PacketWriter writer) {
        this.host = host;
        this.transactions = transactions;
        this.policies = policies;
        this.meetings = meetings;
        this.audit = audit;
        this.writer = writer;
        this.codes = new ClientCodes(host.auditSecrets().hmacKey());
        this.rights = new PacketRights(host.directory());
    }

    @Override
    public PacketResult export(Actor supervisor, PacketRequest request, PacketOptions options, Path destination) {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(destination, "destination");
        Clock clock = host.clock();
        ZoneId zone = clock.getZone();
        rights.requireSupervises(supervisor, request.supervisees(), LocalDate.now(clock));
        Meeting meeting = request.meeting().map(id -> ownMeeting(supervisor, id)).orElse(null);
        Instant generatedAt = request.generatedAt() != null ? request.generatedAt() : clock.instant();
        PacketAssembler assembler = new PacketAssembler(host, policies, meetings, codes, supervisor, options, zone);
        PacketAssembler.Meetings parts = assembler.meetings(request, meeting);
        // The notes are read while the file is drawn, in one repeatable-read transaction, so the
        // summary, the pages and the embedded data all show the same notes.
        Exported exported = transactions.inSnapshot("read the packet's notes", tx -> {
            PacketContent content = assembler.assemble(tx, request, meeting, generatedAt, parts);
            return new Exported(content.cover(), content.notes().count(), content.guard(),
                    writer.write(content, options, destination));
        });
        PacketResult result = exported.result();
        try {
            transactions.inTransaction("record the packet export", tx -> {
                audit.append(tx, new AuditEntry(clock.instant(), supervisor.organisationId(), supervisor.userId(),
                        null, AuditAction.PRINT_EXPORT, "packet", meeting == null ? "packet-period" : "meeting",
                        meeting == null ? exported.cover().from() + ".." + exported.cover().to() : meeting.id(),
                        null, null, result.sha256(), detail(request, options, exported)));
                return null;
            });
        } catch (RuntimeException | Error e) {
            deleteQuietly(result.path(), e);
            throw e;
        }
        return result;
    }

    private Meeting ownMeeting(Actor supervisor, String meetingId) {
        MeetingView view = meetings.view(supervisor, meetingId);
        if (view instanceof Meeting meeting) {
            return meeting;
        }
        throw new ForbiddenException("packet.not-the-meetings-supervisor",
                "only the meeting's supervisor may export its packet");
    }

    /** What the export's audit event needs once the notes' transaction is closed. */
    private record Exported(Cover cover, int notes, ExportGuard guard, PacketResult result) {
    }

    private static String detail(PacketRequest request, PacketOptions options, Exported content) {
        List<String> parts = new ArrayList<>();
        parts.add("mode=" + options.identity());
        parts.add("period=" + content.cover().from() + ".." + content.cover().to());
        parts.add("supervisees=" + String.join(",", request.supervisees()));
        parts.add("notes=" + content.notes());
        parts.add("part2=" + content.guard().part2Notes());
        parts.add("psychotherapyLeftOut=" + content.guard().psychotherapyNotesLeftOut());
        parts.add("part2=" + content.guard().part2Notes());
        parts.add("psychotherapyLeftOut=" + content.guard().psychotherapyNotesLeftOut());
        parts.add("pdfa=" + options.pdfA());
        parts.add("signed=" + options.signing().isPresent());
        String detail = String.join(";", parts);
        return detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    private static void deleteQuietly(Path file, Throwable cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
