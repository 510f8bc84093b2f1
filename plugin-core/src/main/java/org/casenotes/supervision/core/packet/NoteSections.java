package org.casenotes.supervision.core.packet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.DisclosureEntry;
import org.casenotes.supervision.api.review.HistoryEntry;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.disclosure.PeriodSection;
import org.casenotes.supervision.core.vocabulary.VocabularyService;

/**
 * Turns a stored section and its review record into the packet's note section, and counts it
 * into the summary. One per export; not thread-safe.
 */
final class NoteSections {

    private final EntryForms forms;
    private final ClientLabels clients;
    private final People people;
    private final PacketText text;
    private final SummaryTally tally;
    private final Locale locale;
    private final VocabularyService vocabulary = new VocabularyService();

    NoteSections(EntryForms forms, ClientLabels clients, People people, PacketText text, SummaryTally tally,
            Locale locale) {
        this.locale = locale;
        this.forms = forms;
        this.clients = clients;
        this.people = people;
        this.text = text;
        this.tally = tally;
    }

    NoteSection section(PeriodSection stored, ReviewHistory record, boolean changedAfterCoSign,
            List<ElectronicSignature> signatures, boolean part2) {
        Review review = record == null ? null : record.review();
        ReviewState state = review == null ? ReviewState.DRAFT : review.state();
        List<DisclosureEntry> entries = stored.section().entries();
        tally.count(state, review, entries, stored.flags(), changedAfterCoSign);
        List<org.casenotes.supervision.core.packet.DisclosureEntry> shown = new ArrayList<>();
        for (DisclosureEntry entry : entries) {
            shown.add(forms.form(entry));
        }
        List<Flag> flags = stored.flags().stream().map(f -> new Flag(f.ruleId(), f.severity(),
                vocabulary.explain(f, locale), f.entryIndex(), f.messageKey(), f.arguments())).toList();
        return new NoteSection(stored.noteId(), stored.sessionDate(), people.name(stored.clinicianId()),
                clients.label(stored.clientId()), text.of("state", state), shown, flags,
                record == null ? List.of() : threads(record.comments()),
                record == null ? List.of() : history(record.transitions()), true, changedAfterCoSign, signatures,
                part2);
    }

    /** A note submitted without a self-disclosure section, shown as undocumented. */
    NoteSection undocumented(ProgressNote note, ReviewHistory record, boolean changedAfterCoSign,
            List<ElectronicSignature> signatures, boolean part2) {
        Review review = record == null ? null : record.review();
        ReviewState state = review == null ? ReviewState.DRAFT : review.state();
        tally.count(state, review, List.of(), List.of(), changedAfterCoSign);
        return new NoteSection(note.noteId(), note.sessionDate(), people.name(note.clinicianId()),
                clients.label(note.clientId()), text.of("state", state), List.of(), List.of(),
                record == null ? List.of() : threads(record.comments()),
                record == null ? List.of() : history(record.transitions()), false, changedAfterCoSign, signatures,
                part2);
    }

    private List<StateChange> history(List<HistoryEntry> transitions) {
        List<StateChange> changes = new ArrayList<>();
        for (HistoryEntry entry : transitions) {
            if (entry.addendumId() == null) {
                changes.add(new StateChange(text.of("state", entry.to()), people.name(entry.actorId()), entry.at()));
            }
        }
        return changes;
    }

    /** Threads by their first comment; replies (at any depth) follow their thread's start in order. */
    private List<Comment> threads(List<org.casenotes.supervision.api.review.Comment> comments) {
        Map<String, String> rootOf = new LinkedHashMap<>();
        Map<String, org.casenotes.supervision.api.review.Comment> roots = new LinkedHashMap<>();
        Map<String, List<Comment>> replies = new LinkedHashMap<>();
        for (org.casenotes.supervision.api.review.Comment comment : comments) {
            String root = comment.parentId() == null ? null : rootOf.get(comment.parentId());
            if (root == null) {
                rootOf.put(comment.commentId(), comment.commentId());
                roots.put(comment.commentId(), comment);
                replies.put(comment.commentId(), new ArrayList<>());
            } else {
                rootOf.put(comment.commentId(), root);
                replies.get(root).add(new Comment(people.name(comment.authorId()), comment.at(), comment.text(),
                        List.of()));
            }
        }
        List<Comment> threads = new ArrayList<>();
        roots.forEach((id, comment) -> threads.add(new Comment(people.name(comment.authorId()), comment.at(),
                comment.text(), replies.get(id))));
        return threads;
    }
}
