package org.casenotes.supervision.core.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.review.Page;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.storage.Tx;

/**
 * List queries, keyset-paged by (due date, note id) within one organisation and a bounded set
 * of clinicians, so each page costs the same however many notes the database holds. Only notes
 * with a due date are listed: a note whose co-sign selection asks for no co-sign has none
 * ({@link org.casenotes.supervision.core.sampling.CoSignNeed#dueDate}) and is in no queue.
 */
final class Queue {

    private final ReviewContext context;

    Queue(ReviewContext context) {
        this.context = context;
    }

    Page<Review> queue(Actor actor, QueueQuery query) {
        return context.transactions().inTransaction("list a review queue", tx -> {
            LocalDate today = context.today();
            Set<String> supervisees = supervisees(actor, today);
            if (query.superviseeId() != null) {
                if (!supervisees.contains(query.superviseeId())) {
                    throw new ForbiddenException("review.forbidden", "you are not currently assigned to supervise that clinician");
                }
                supervisees = Set.of(query.superviseeId());
            }
            Page<Review> page = supervisees.isEmpty() ? new Page<>(List.of(), null)
                    : page(tx, actor.organisationId(), supervisees, query.states(), query.flagged(),
                            query.overdueOnly() ? today : null, query.pageSize(), query.after());
            auditQuery(tx, actor, "queue", page.items().size());
            return page;
        });
    }

    Page<Review> returned(Actor actor, int pageSize, String after) {
        QueueQuery checked = new QueueQuery(null, Set.of(ReviewState.CHANGES_REQUESTED), null, false, pageSize, after);
        return context.transactions().inTransaction("list returned notes", tx -> {
            Page<Review> page = page(tx, actor.organisationId(), Set.of(actor.userId()), checked.states(), null, null,
                    checked.pageSize(), checked.after());
            auditQuery(tx, actor, "returned", page.items().size());
            return page;
        });
    }

    private Set<String> supervisees(Actor actor, LocalDate today) {
        Set<String> clinicians = new TreeSet<>();
        if (!actor.has(Role.SUPERVISOR)) {
            return clinicians;
        }
        for (SupervisionAssignment assignment
                : context.host().directory().assignmentsBy(actor.organisationId(), actor.userId())) {
            if (assignment.organisationId().equals(actor.organisationId())
                    && assignment.supervisorId().equals(actor.userId())
                    && !assignment.clinicianId().equals(actor.userId())
                    && assignment.holdsOn(today)) {
                clinicians.add(assignment.clinicianId());
            }
        }
        return clinicians;
    }

    /**
     * One page, read as one {@code LIMIT pageSize + 1} subquery per clinician merged by
     * {@code (due_date, note_id)}: each subquery walks {@code sr_review_queue_ix} from the
     * cursor in the page's order, so a page reads at most {@code pageSize + 1} rows per
     * clinician however deep it is. (With the clinicians in one {@code IN} list the index order
     * is per clinician only, and every row after the cursor was read and sorted.)
     */
    private static Page<Review> page(Tx tx, String org, Collection<String> clinicians, Set<ReviewState> states,
            Boolean flagged, LocalDate overdueOn, int pageSize, String after) throws SQLException {
        Cursor cursor = Cursor.decode(after);
        StringBuilder perClinician = new StringBuilder("SELECT ").append(ReviewStore.COLUMNS)
                .append(" FROM sr_review WHERE org_id = ? AND clinician_id = ? AND state IN (")
                .append(placeholders(states.size())).append(") AND due_date IS NOT NULL");
        if (flagged != null) {
            perClinician.append(" AND flagged = ?");
        }
        if (overdueOn != null) {
            perClinician.append(" AND due_date < ?");
        }
        if (cursor != null) {
            // Same rows as (due_date > ? OR (due_date = ? AND note_id > ?)); the bound on
            // due_date alone lets the index start at the cursor.
            perClinician.append(" AND due_date >= ? AND (due_date > ? OR note_id > ?)");
        }
        perClinician.append(" ORDER BY due_date, note_id LIMIT ?");
        StringBuilder sql = new StringBuilder("SELECT ").append(ReviewStore.COLUMNS).append(" FROM (");
        for (int c = 0; c < clinicians.size(); c++) {
            sql.append(c == 0 ? "(" : " UNION ALL (").append(perClinician).append(')');
        }
        sql.append(") candidates ORDER BY due_date, note_id LIMIT ?");
        List<ReviewRow> rows = new ArrayList<>();
        try (PreparedStatement select = tx.connection().prepareStatement(sql.toString())) {
            int i = 1;
            for (String clinician : clinicians) {
                select.setString(i++, org);
                select.setString(i++, clinician);
                for (ReviewState state : new TreeSet<>(states)) {
                    select.setString(i++, state.name());
                }
                if (flagged != null) {
                    select.setBoolean(i++, flagged);
                }
                if (overdueOn != null) {
                    select.setObject(i++, overdueOn);
                }
                if (cursor != null) {
                    select.setObject(i++, cursor.dueDate());
                    select.setObject(i++, cursor.dueDate());
                    select.setString(i++, cursor.noteId());
                }
                select.setInt(i++, pageSize + 1);
            }
            select.setInt(i, pageSize + 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(ReviewStore.read(rs));
                }
            }
        }
        String next = null;
        if (rows.size() > pageSize) {
            rows = rows.subList(0, pageSize);
            ReviewRow last = rows.get(pageSize - 1);
            next = new Cursor(last.dueDate(), last.noteId()).encode();
        }
        return new Page<>(rows.stream().map(ReviewRow::toReview).toList(), next);
    }

    private void auditQuery(Tx tx, Actor actor, String list, int returned) throws SQLException {
        context.audit().append(tx, new AuditEntry(context.now(), actor.organisationId(), actor.userId(), null,
                AuditAction.QUERY, ReviewContext.CATEGORY, "review-list", list, null, null, null,
                "returned=" + returned));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
