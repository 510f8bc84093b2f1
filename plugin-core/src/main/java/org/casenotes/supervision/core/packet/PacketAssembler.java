package org.casenotes.supervision.core.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.api.meeting.AgendaItemKind;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.Meetings;
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
 * mode: the notes are read in one transaction, each stored row turned into its note section
 * as it is read, so the raw rows are never held beside the sections. One per export; not
 * thread-safe.
 */
final class PacketAssembler {

    private final HostContext host;
    private final Transactions transactions;
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

    PacketAssembler(HostContext host, Transactions transactions, PacketService.PolicyReader policies,
            Meetings meetings, ClientCodes codes, Actor supervisor, PacketOptions options, ZoneId zone) {
        this.host = host;
        this.transactions = transactions;
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

    PacketContent assemble(PacketRequest request, Meeting meeting, Instant generatedAt) {
        LocalDate from = meeting == null ? request.from() : day(meeting);
        LocalDate to = meeting == null ? request.to() : day(meeting);
        List<Meeting> held = meeting == null ? meetingParts.inPeriod(request.supervisees(), from, to) : List.of(meeting);
        SummaryTally tally = new SummaryTally(LocalDate.now(host.clock()));
        List<NoteSection> notes = notes(request, meeting, from, to, tally);
        List<String> supervisees = request.supervisees().stream().map(people::name).toList();
        Cover cover = new Cover(text.get(meeting == null ? "title.period" : "title.meeting"),
                people.name(supervisor.userId()), supervisees, from, to,
                meeting == null ? null : new Cover.Meeting(meetingTitle(meeting), from), generatedAt, zone,
                text.get("confidentiality"));
        return new PacketContent(cover, tally.summary(text, labels), meetingParts.agenda(held), notes,
                meetingParts.actions(held), meetingParts.hours(request.supervisees(), from, to),
                signatures(request.supervisees()), meetingSignatures(held), guard());
    }

    private ExportGuard guard() {
        return screen.notice().map(n -> new ExportGuard(screen.part2Notes(), screen.psychotherapyNotesLeftOut(),
                n.id(), n.effectiveFrom(), n.citation(), n.text()))
                .orElseGet(() -> new ExportGuard(0, screen.psychotherapyNotesLeftOut(), null, null, null, null));
    }

    private List<ElectronicSignature> meetingSignatures(List<Meeting> held) {
        String org = supervisor.organisationId();
        return transactions.inTransaction("read the packet's meeting signatures", tx -> {
            List<ElectronicSignature> signed = new ArrayList<>();
            for (Meeting meeting : held) {
                ledger.ofMeeting(tx, org, meeting.id()).map(this::shown).ifPresent(signed::add);
            }
            return signed;
        });
    }

    private List<ElectronicSignature> signaturesOf(Tx tx, String noteId) throws java.sql.SQLException {
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

    private List<NoteSection> notes(PacketRequest request, Meeting meeting, LocalDate from, LocalDate to,
            SummaryTally tally) {
        String org = supervisor.organisationId();
        return transactions.inTransaction("read the packet's notes", tx -> {
            NoteSections sections = new NoteSections(forms(tx), clients, people, text, tally, options.locale());
            List<NoteSection> notes = new ArrayList<>();
            if (meeting == null) {
                for (String supervisee : request.supervisees()) {
                    int first = notes.size();
                    PeriodSections.inPeriod(tx, org, supervisee, from, to, stored -> {
                        if (screen.admit(stored.noteId())) {
                            notes.add(section(tx, sections, stored));
                        }
                    });
                    if (addUndocumented(tx, sections, supervisee, from, to, notes)) {
                        notes.subList(first, notes.size()).sort(Comparator.comparing(NoteSection::sessionDate)
                                .thenComparing(NoteSection::noteId));
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
                            notes.add(section(tx, sections, stored.get()));
                        } else {
                            Optional<ProgressNote> note = hostNote(item.noteId());
                            if (note.isPresent()) {
                                notes.add(undocumented(tx, sections, note.get(), recordOf(tx, item.noteId())));
                            }
                        }
                    }
                }
            }
            return notes;
        });
    }

    /** Adds the supervisee's undocumented notes of the period; true when there was any. */
    private boolean addUndocumented(Tx tx, NoteSections sections, String supervisee, LocalDate from, LocalDate to,
            List<NoteSection> notes) throws java.sql.SQLException {
        boolean added = false;
        for (String noteId : UndocumentedNotes.of(tx, supervisor.organisationId(), supervisee)) {
            Optional<ProgressNote> note = hostNote(noteId).filter(n -> !n.sessionDate().isBefore(from)
                    && !n.sessionDate().isAfter(to));
            if (note.isPresent() && screen.admit(noteId)) {
                notes.add(undocumented(tx, sections, note.get(), recordOf(tx, noteId)));
                added = true;
            }
        }
        return added;
    }

    private NoteSection undocumented(Tx tx, NoteSections sections, ProgressNote note, ReviewHistory record)
            throws java.sql.SQLException {
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
                text.get("attestation.supervisor")));
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
