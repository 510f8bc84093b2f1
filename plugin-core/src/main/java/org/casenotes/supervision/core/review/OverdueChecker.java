package org.casenotes.supervision.core.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.OverdueCheck;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Raises overdue and escalation once per note and submission. Candidates are read page by
 * page; each note is raised in its own transaction, so a second checker running at the same
 * time loses on the escalation table's key and raises nothing twice. A note whose co-sign
 * selection asks for no co-sign has no due date ({@link
 * org.casenotes.supervision.core.sampling.CoSignNeed#dueDate}) and is never a candidate.
 */
final class OverdueChecker {

    static final String SYSTEM_ACTOR = "system:overdue-check";
    private static final int BATCH = 500;

    /** The two things a check raises. */
    private enum Kind {
        OVERDUE, ESCALATED
    }

    private final ReviewContext context;

    OverdueChecker(ReviewContext context) {
        this.context = context;
    }

    OverdueCheck check(String org, Instant now) {
        if (org == null || org.isBlank()) {
            throw ValidationException.of("/organisationId", "required", "name the organisation to check");
        }
        if (now == null) {
            throw ValidationException.of("/now", "required", "give the time to check at");
        }
        LocalDate today = LocalDate.ofInstant(now, context.host().clock().getZone());
        List<String> overdue = new ArrayList<>();
        List<String> escalated = new ArrayList<>();
        Cursor after = null;
        while (true) {
            Cursor from = after;
            List<ReviewRow> candidates = context.transactions().inTransaction("find overdue notes",
                    tx -> candidates(tx, org, today, from));
            for (ReviewRow candidate : candidates) {
                raise(candidate, Kind.OVERDUE, today, now).ifPresent(overdue::add);
                if (today.isAfter(candidate.escalationDate())) {
                    raise(candidate, Kind.ESCALATED, today, now).ifPresent(escalated::add);
                }
            }
            if (candidates.size() < BATCH) {
                return new OverdueCheck(overdue, escalated);
            }
            ReviewRow last = candidates.get(candidates.size() - 1);
            after = new Cursor(last.dueDate(), last.noteId());
        }
    }

    private Optional<String> raise(ReviewRow candidate, Kind kind, LocalDate today, Instant now) {
        try {
            return context.transactions().inTransaction("raise an overdue note", tx -> {
                Optional<ReviewRow> row = ReviewStore.find(tx, candidate.organisationId(), candidate.noteId());
                if (row.isEmpty() || !row.get().toReview().overdueOn(today) || row.get().submissionNo() != candidate.submissionNo()
                        || raised(tx, candidate, kind)) {
                    return Optional.<String>empty();
                }
                ReviewRow current = row.get();
                try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO sr_escalation"
                        + " (org_id, note_id, submission_no, kind, raised_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, current.organisationId());
                    insert.setString(2, current.noteId());
                    insert.setInt(3, current.submissionNo());
                    insert.setString(4, kind.name());
                    Jdbc.setInstant(insert, 5, now);
                    Concurrency.update(insert);
                }
                context.publish(tx, kind == Kind.OVERDUE
                        ? new ReviewEvent.Overdue(current.organisationId(), current.noteId(), current.clinicianId(), now,
                                current.dueDate())
                        : new ReviewEvent.Escalated(current.organisationId(), current.noteId(), current.clinicianId(),
                                now, current.dueDate()));
                // Last: the audit head is the last lock a transaction takes (Transitions.storeRows).
                context.audit(tx, now, SYSTEM_ACTOR, current, AuditAction.UPDATE, "note", current.noteId(),
                        current.state().name(), current.state().name(), null, kind.name().toLowerCase() + " due="
                                + current.dueDate());
                return Optional.of(current.noteId());
            });
        } catch (ConflictException e) {
            // another checker raised it at the same moment
            return Optional.empty();
        }
    }

    private static boolean raised(Tx tx, ReviewRow row, Kind kind) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT 1 FROM sr_escalation"
                + " WHERE org_id = ? AND note_id = ? AND submission_no = ? AND kind = ?")) {
            select.setString(1, row.organisationId());
            select.setString(2, row.noteId());
            select.setInt(3, row.submissionNo());
            select.setString(4, kind.name());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<ReviewRow> candidates(Tx tx, String org, LocalDate today, Cursor after) throws SQLException {
        List<ReviewRow> rows = new ArrayList<>();
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT " + ReviewStore.COLUMNS
                + " FROM sr_review WHERE org_id = ? AND state IN ('SUBMITTED', 'IN_REVIEW') AND due_date < ?"
                + (after == null ? "" : " AND (due_date > ? OR (due_date = ? AND note_id > ?))")
                + " ORDER BY due_date, note_id LIMIT " + BATCH)) {
            select.setString(1, org);
            select.setObject(2, today);
            if (after != null) {
                select.setObject(3, after.dueDate());
                select.setObject(4, after.dueDate());
                select.setString(5, after.noteId());
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(ReviewStore.read(rs));
                }
            }
        }
        return rows;
    }
}
