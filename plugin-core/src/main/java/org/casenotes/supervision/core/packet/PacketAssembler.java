package org.casenotes.supervision.core.packet;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.api.meeting.AgendaItemKind;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.api.signature.Signature;
import org.casenotes.supervision.core.export.ExportScreen;
import org.casenotes.supervision.core.export.RedisclosureNotices;
import org.casenotes.supervision.core.signature.SignatureLedger;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.core.disclosure.EntryLabels;
import org.casenotes.supervision.core.disclosure.PeriodSection;
import org.casenotes.supervision.core.disclosure.PeriodSections;
import org.casenotes.supervision.core.review.ReviewRecords;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Gathers one packet's content from storage and the host, already resolved to the identity
 * mode. The meetings' parts (agenda, actions, hours) are read first through the meetings
 * service; the notes are then read inside the caller's repeatable-read transaction and never
 * held together: the summary figures come from one pass over the stored rows that keeps only
 * counts, and the content's {@link NoteSource} reads the rows again, in keyset pages
 * ({@link PeriodSections#inPeriod}), each time the renderer walks it, turning each row into its note section as it is read. One per
 * export; not thread-safe.
 */
final class PacketAssembler {

    private final HostContext host;
    private final PacketService.PolicyReader policies;
    private final Actor supervisor;
    private final PacketOptions options;
    private final ZoneId zone;
    private final PacketText text;
    private final EntryLabels labels;
    private final People people;
    private final ClientLabels clients;
    private final MeetingParts meetingParts;
    private final SignatureLedger ledger;
    private final ExportScreen screen;

    /** What the meetings service gives, read before the notes' transaction opens. */
    record Meetings(List<AgendaItem> agenda, List<ActionItem> actions, HoursLog hours, List<Meeting> held) {
    }

    PacketAssembler(HostContext host, PacketService.PolicyReader policies,
            org.casenotes.supervision.api.meeting.Meetings meetings, ClientCodes codes, Actor supervisor,
            PacketOptions options, ZoneId zone) {
        this.host = host;
        this.policies = policies;
        this.supervisor = supervisor;
        this.options = options;
        this.zone = zone;
        this.text = new PacketText(options.locale());
        this.labels = EntryLabels.of(options.locale());
        this.people = new People(host.directory(), supervisor.organisationId());
        this.clients = new ClientLabels(options.identity(), supervisor.organisationId(), codes, host.notes());
        this.meetingParts = new MeetingParts(meetings, supervisor, zone, text, people, clients);
        this.ledger = new SignatureLedger(host.directory(), zone);
        this.screen = new ExportScreen(host.notes(), supervisor.organisationId(), LocalDate.now(host.clock()),
                RedisclosureNotices.builtIn());
    }

    /** Reads the meetings' parts; call it outside the notes' transaction. */
    Meetings meetings(PacketRequest request, Meeting meeting) {
        LocalDate from = meeting == null ? request.from() : day(meeting);
        LocalDate to = meeting == null ? request.to() : day(meeting);
        List<Meeting> held = meeting == null ? meetingParts.inPeriod(request.supervisees(), from, to) : List.of(meeting);
        return new Meetings(meetingParts.agenda(held), meetingParts.actions(held),
                meetingParts.hours(request.supervisees(), from, to), held);
    }

    /**
     * The packet's content; its notes are read through {@code tx} whenever they are walked, so
     * the content is only usable while that transaction is open.
     */
    PacketContent assemble(Tx tx, PacketRequest request, Meeting meeting, Instant generatedAt, Meetings parts)
            throws SQLException {
        LocalDate from = meeting == null ? request.from() : day(meeting);
        LocalDate to = meeting == null ? request.to() : day(meeting);
        LocalDate today = LocalDate.now(host.clock());
        EntryForms forms = forms(tx);
        SummaryTally tally = new SummaryTally(today);
        int[] count = {0};
        walk(tx, new NoteSections(forms, clients, people, text, tally, options.locale()), request, meeting, from, to,
                note -> count[0]++);
        NoteSource notes = new StoredNotes(tx, forms, today, request, meeting, from, to, count[0]);
        List<String> supervisees = request.supervisees().stream().map(people::name).toList();
        Cover cover = new Cover(text.get(meeting == null ? "title.period" : "title.meeting"),
                people.name(supervisor.userId()), supervisees, from, to,
                meeting == null ? null : new Cover.Meeting(meetingTitle(meeting), from), generatedAt, zone,
                text.get("confidentiality"));
        return new PacketContent(cover, tally.summary(text, labels), parts.agenda(), notes, parts.actions(),
                parts.hours(), signatures(request.supervisees()), meetingSignatures(tx, parts.held()), guard());
    }

    /** What the first pass over the notes found: the Part 2 notice and the psychotherapy notes left out. */
    private ExportGuard guard() {
        return screen.notice().map(n -> new ExportGuard(screen.part2Notes(), screen.psychotherapyNotesLeftOut(),
                n.id(), n.effectiveFrom(), n.citation(), n.text()))
                .orElseGet(() -> new ExportGuard(0, screen.psychotherapyNotesLeftOut(), null, null, null, null));
    }

    private List<ElectronicSignature> meetingSignatures(Tx tx, List<Meeting> held) throws SQLException {
        List<ElectronicSignature> signed = new ArrayList<>();
        for (Meeting meeting : held) {
            ledger.ofMeeting(tx, supervisor.organisationId(), meeting.id()).map(this::shown).ifPresent(signed::add);
        }
        return signed;
    }

    private List<ElectronicSignature> signaturesOf(Tx tx, String noteId) throws SQLException {
        return ledger.ofNote(tx, supervisor.organisationId(), noteId).stream().map(this::shown).toList();
    }

    private ElectronicSignature shown(Signature signature) {
        ProfessionalLicence licence = signature.licence();
        return new ElectronicSignature(signature.kind(), text.get("signature.kind." + signature.kind()),
                signature.signerName(), signature.credentials(), licence == null ? null : licence.type(),
                licence == null ? null : licence.number(), licence == null ? null : licence.jurisdiction(),
                signature.signedAt(), signature.signedOn(), signature.signatureLine(), signature.attestationText(),
                signature.late(), signature.lateAttestation());
    }

    /** The notes as stored, read again on every walk; the walks agree because the transaction is repeatable-read. */
    private final class StoredNotes implements NoteSource {

        private final Tx tx;
        private final EntryForms forms;
        private final LocalDate today;
        private final PacketRequest request;
        private final Meeting meeting;
        private final LocalDate from;
        private final LocalDate to;
        private final int count;

        StoredNotes(Tx tx, EntryForms forms, LocalDate today, PacketRequest request, Meeting meeting,
                LocalDate from, LocalDate to, int count) {
            this.tx = tx;
            this.forms = forms;
            this.today = today;
            this.request = request;
            this.meeting = meeting;
            this.from = from;
            this.to = to;
            this.count = count;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public void forEach(Consumer<NoteSection> each) {
            // The summary was counted by the first pass; this pass's tally is thrown away.
            NoteSections sections = new NoteSections(forms, clients, people, text, new SummaryTally(today),
                    options.locale());
            try {
                walk(tx, sections, request, meeting, from, to, each);
            } catch (SQLException e) {
                throw Transactions.translate("read the packet's notes", e);
            }
        }
    }

    /**
     * Hands each note of the packet to {@code each}, in the packet's order: per supervisee by
     * session date and note id (the stored sections in keyset pages, merged with the few
     * notes submitted without a section), or the meeting's agenda order.
     */
    private void walk(Tx tx, NoteSections sections, PacketRequest request, Meeting meeting, LocalDate from,
            LocalDate to, Consumer<NoteSection> each) throws SQLException {
        String org = supervisor.organisationId();
        if (meeting == null) {
            for (String supervisee : request.supervisees()) {
                Deque<Undocumented> pending = undocumented(tx, supervisee, from, to);
                PeriodSections.inPeriod(tx, org, supervisee, from, to, stored -> {
                    while (!pending.isEmpty() && pending.peek().before(stored.sessionDate(), stored.noteId())) {
                        emit(tx, sections, pending.poll(), each);
                    }
                    if (screen.admit(stored.noteId())) {
                        each.accept(section(tx, sections, stored));
                    }
                });
                while (!pending.isEmpty()) {
                    emit(tx, sections, pending.poll(), each);
                }
            }
        } else {
            Set<String> wanted = Set.copyOf(request.supervisees());
            // A note can be on the agenda for more than one reason; it is printed once.
            Set<String> printed = new HashSet<>();
            for (org.casenotes.supervision.api.meeting.AgendaItem item : meeting.agenda()) {
                if (item.kind() == AgendaItemKind.NOTE && wanted.contains(item.superviseeId())
                        && printed.add(item.noteId()) && screen.admit(item.noteId())) {
                    Optional<PeriodSection> stored = PeriodSections.of(tx, org, item.noteId());
                    if (stored.isPresent()) {
                        each.accept(section(tx, sections, stored.get()));
                    } else {
                        Optional<ProgressNote> note = hostNote(item.noteId());
                        if (note.isPresent()) {
                            each.accept(undocumented(tx, sections, note.get(), recordOf(tx, item.noteId())));
                        }
                    }
                }
            }
        }
    }

    /** A note submitted without a section: only its date and id are kept between passes. */
    private record Undocumented(LocalDate sessionDate, String noteId) {

        boolean before(LocalDate date, String id) {
            int byDate = sessionDate.compareTo(date);
            return byDate < 0 || byDate == 0 && noteId.compareTo(id) < 0;
        }
    }

    /** The supervisee's notes of the period submitted without a section, by session date and note id. */
    private Deque<Undocumented> undocumented(Tx tx, String supervisee, LocalDate from, LocalDate to)
            throws SQLException {
        List<Undocumented> found = new ArrayList<>();
        for (String noteId : UndocumentedNotes.of(tx, supervisor.organisationId(), supervisee)) {
            hostNote(noteId).filter(n -> !n.sessionDate().isBefore(from) && !n.sessionDate().isAfter(to))
                    .ifPresent(n -> found.add(new Undocumented(n.sessionDate(), noteId)));
        }
        found.sort(Comparator.comparing(Undocumented::sessionDate).thenComparing(Undocumented::noteId));
        return new ArrayDeque<>(found);
    }

    private void emit(Tx tx, NoteSections sections, Undocumented pending, Consumer<NoteSection> each)
            throws SQLException {
        Optional<ProgressNote> note = hostNote(pending.noteId());
        if (note.isPresent() && screen.admit(pending.noteId())) {
            each.accept(undocumented(tx, sections, note.get(), recordOf(tx, pending.noteId())));
        }
    }

    private NoteSection undocumented(Tx tx, NoteSections sections, ProgressNote note, ReviewHistory record)
            throws SQLException {
        boolean changed = record != null && ReviewRecords.changedAfterCoSign(record.review(), note.text(), null);
        return sections.undocumented(note, record, changed, signaturesOf(tx, note.noteId()),
                screen.isPart2(note.noteId()));
    }

    private Optional<ProgressNote> hostNote(String noteId) {
        return host.notes().note(supervisor.organisationId(), noteId)
                .filter(n -> n.organisationId().equals(supervisor.organisationId()));
    }

    private org.casenotes.supervision.api.review.ReviewHistory recordOf(Tx tx, String noteId)
            throws java.sql.SQLException {
        return ReviewRecords.of(tx, supervisor.organisationId(), noteId).orElse(null);
    }

    private EntryForms forms(Tx tx) throws java.sql.SQLException {
        List<String> withheld = options.identity() == IdentityMode.CODED
                ? policies.policy(tx, supervisor.organisationId()).identifyingFields() : List.of();
        return new EntryForms(labels, text, withheld);
    }

    private NoteSection section(Tx tx, NoteSections sections, PeriodSection stored) throws java.sql.SQLException {
        String org = supervisor.organisationId();
        ReviewHistory record = ReviewRecords.of(tx, org, stored.noteId()).orElse(null);
        boolean changed = record != null && record.review().state() == ReviewState.CO_SIGNED
                && ReviewRecords.changedAfterCoSign(record.review(), host.notes().note(org, stored.noteId())
                        .map(ProgressNote::text).orElse(null), stored.canonicalJson());
        return sections.section(stored, record, changed, signaturesOf(tx, stored.noteId()),
                screen.isPart2(stored.noteId()));
    }

    private List<SignatureLine> signatures(List<String> supervisees) {
        List<SignatureLine> lines = new ArrayList<>();
        lines.add(new SignatureLine(text.get("role.supervisor"), people.name(supervisor.userId()),
                text.format("attestation.supervisor", supervisees.size())));
        for (String supervisee : supervisees) {
            lines.add(new SignatureLine(text.get("role.supervisee"), people.name(supervisee),
                    text.get("attestation.supervisee")));
        }
        return lines;
    }

    private LocalDate day(Meeting meeting) {
        return meeting.startsAt().atZone(zone).toLocalDate();
    }

    private String meetingTitle(Meeting meeting) {
        return text.format("agenda.meeting", text.of("format", meeting.format()), text.of("modality", meeting.modality()));
    }
}
