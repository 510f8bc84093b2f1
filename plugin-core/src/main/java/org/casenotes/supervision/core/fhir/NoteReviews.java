package org.casenotes.supervision.core.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.disclosure.PeriodSection;
import org.casenotes.supervision.core.disclosure.PeriodSections;
import org.casenotes.supervision.core.packet.PacketService;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * Reads what one export needs as one actor: each note's review history through the review
 * service (its rights and its read audit), its section and the host's note facts. One per
 * export; not thread-safe.
 */
final class NoteReviews {

    private final HostContext host;
    private final Transactions transactions;
    private final Reviews reviews;
    private final Actor actor;
    private final NoteExporter exporter;

    NoteReviews(HostContext host, Transactions transactions, PacketService.PolicyReader policies, Reviews reviews,
            Actor actor, ClientNaming naming) {
        this.host = host;
        this.transactions = transactions;
        this.reviews = reviews;
        this.actor = actor;
        List<String> withheld = naming.mode() != IdentityMode.CODED ? List.of()
                : transactions.inTransaction("read the identifying fields",
                        tx -> policies.policy(tx, actor.organisationId()).identifyingFields());
        this.exporter = new NoteExporter(host.directory(), actor.organisationId(), naming, withheld,
                LocalDate.now(host.clock()));
    }

    NoteExporter exporter() {
        return exporter;
    }

    NoteReview note(String noteId) {
        ReviewHistory history = reviews.history(actor, noteId);
        String org = actor.organisationId();
        Optional<PeriodSection> stored = transactions.inTransaction("read the note's section",
                tx -> PeriodSections.of(tx, org, noteId));
        Optional<String> reference = host.notes().fhirReference(org, noteId);
        if (stored.isPresent()) {
            PeriodSection section = stored.get();
            return new NoteReview(org, noteId, section.clientId(), section.sessionDate(), history, section.section(),
                    reference);
        }
        ProgressNote note = host.notes().note(org, noteId)
                .orElseThrow(() -> new NotFoundException("note.not-found", "no such note: " + noteId));
        return new NoteReview(org, noteId, note.clientId(), note.sessionDate(), history, null, reference);
    }

    List<String> inPeriod(List<String> supervisees, LocalDate from, LocalDate to) {
        String org = actor.organisationId();
        return transactions.inTransaction("list the period's notes", tx -> {
            List<String> notes = new ArrayList<>();
            for (String supervisee : supervisees) {
                PeriodSections.inPeriod(tx, org, supervisee, from, to, stored -> notes.add(stored.noteId()));
            }
            return notes;
        });
    }
}
