package org.casenotes.supervision.host.web.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.review.Comment;
import org.casenotes.supervision.api.review.HistoryEntry;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.host.clinic.ClinicRecords;
import org.casenotes.supervision.host.web.HostAudit;
import org.casenotes.supervision.host.web.Supervision;

/** One note as the note editor and the review page show it: the note, its section, its review. */
final class NoteViews {

    private final ClinicRecords records;
    private final Supervision supervision;
    private final HostAudit audit;

    NoteViews(ClinicRecords records, Supervision supervision, HostAudit audit) {
        this.records = records;
        this.supervision = supervision;
        this.audit = audit;
    }

    /**
     * One note with its section and review. The plugin decides who may read it: the section is
     * read first (its rule is the narrowest: an admin may read a review but not a note's
     * self-disclosures), then the review history, so a refused request stops at its one audited
     * refusal before any read is granted; the host then audits its own read of the note.
     */
    Map<String, Object> full(Actor actor, String noteId, Locale locale) {
        ProgressNote note = NoteRoutes.noteOf(records, audit, actor, noteId, AuditAction.READ, NoteRoutes.NOTE_CATEGORY);
        Map<String, Object> section = SectionViews.section(supervision, actor, noteId, locale);
        ReviewHistory history = supervision.module().reviews().history(actor, noteId);
        audit.granted(actor, AuditAction.READ, NoteRoutes.NOTE_CATEGORY, "note", noteId, null);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("note", note(actor, note));
        view.put("section", section);
        view.put("draft", actor.userId().equals(note.clinicianId()) ? SectionViews.draftOf(supervision, actor, noteId) : null);
        view.put("review", history.review().version() == 0 ? null : review(actor, history, locale));
        return view;
    }

    private Map<String, Object> note(Actor actor, ProgressNote note) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noteId", note.noteId());
        out.put("clientId", note.clientId());
        out.put("clientName", records.clientName(actor.organisationId(), note.clientId()).orElse(""));
        out.put("clinicianId", note.clinicianId());
        out.put("clinicianName", records.displayName(actor.organisationId(), note.clinicianId()));
        out.put("sessionDate", note.sessionDate().toString());
        out.put("service", note.service());
        out.put("text", note.text());
        return out;
    }

    private Map<String, Object> review(Actor actor, ReviewHistory history, Locale locale) {
        Review review = history.review();
        Vocabulary vocabulary = supervision.module().vocabulary();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", review.state().name());
        out.put("stateLabel", vocabulary.label(review.state(), locale));
        out.put("version", review.version());
        out.put("dueDate", review.dueDate() == null ? null : review.dueDate().toString());
        out.put("submittedAt", review.submittedAt());
        out.put("flagRuleIds", review.flagRuleIds());
        out.put("documented", review.documented());
        // What a co-sign attests to, shown in the co-sign panel before the password is typed.
        out.put("attestationText", supervision.module().policies().current(actor).review().attestationText());
        out.put("coSign", review.coSign());
        out.put("comments", history.comments().stream().map(c -> comment(actor, c)).toList());
        out.put("history", history.transitions().stream().filter(t -> t.addendumId() == null)
                .map(t -> transition(actor, t, vocabulary, locale)).toList());
        out.put("addenda", history.addenda());
        out.put("returnReason", history.comments().stream().filter(Comment::returnReason)
                .reduce((first, second) -> second).map(Comment::text).orElse(null));
        out.put("changedAfterCoSign", review.state() == ReviewState.CO_SIGNED
                && supervision.module().reviews().changedAfterCoSign(actor, review.noteId()));
        return out;
    }

    private Map<String, Object> comment(Actor actor, Comment c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.commentId());
        out.put("parentId", c.parentId());
        out.put("entryIndex", c.entryIndex());
        out.put("authorId", c.authorId());
        out.put("authorName", records.displayName(actor.organisationId(), c.authorId()));
        out.put("at", c.at());
        out.put("text", c.text());
        out.put("returnReason", c.returnReason());
        return out;
    }

    private Map<String, Object> transition(Actor actor, HistoryEntry e, Vocabulary vocabulary, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", e.from() == null ? null : e.from().name());
        out.put("fromLabel", e.from() == null ? null : vocabulary.label(e.from(), locale));
        out.put("to", e.to().name());
        out.put("toLabel", vocabulary.label(e.to(), locale));
        out.put("actorId", e.actorId());
        out.put("actorName", records.displayName(actor.organisationId(), e.actorId()));
        out.put("at", e.at());
        return out;
    }

}
