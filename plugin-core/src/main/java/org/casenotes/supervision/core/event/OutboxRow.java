package org.casenotes.supervision.core.event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.casenotes.supervision.api.SupervisionEvent;
import org.casenotes.supervision.api.billing.NoteBillable;
import org.casenotes.supervision.api.billing.SupervisorPresence;
import org.casenotes.supervision.api.review.ReviewEvent;

/**
 * A review event as one outbox row, and back. Ids, times and dates only.
 *
 * @param noteSeq the event's place among its note's events
 * @param eventId the stable id the host de-duplicates on
 * @param event the event
 */
record OutboxRow(long noteSeq, String eventId, SupervisionEvent event) {

    static final String COLUMNS = "org_id, note_id, note_seq, event_id, event_type, clinician_id, occurred_at,"
            + " due_date, supervisor_id, addendum_id, payer_group, presence";

    /** The note an event is about; every event the outbox keeps is a note's. */
    static String noteOf(SupervisionEvent event) {
        if (event instanceof ReviewEvent review) {
            return review.noteId();
        }
        if (event instanceof NoteBillable billable) {
            return billable.noteId();
        }
        throw new IllegalArgumentException("the outbox keeps note events only: " + event.getClass().getSimpleName());
    }

    private static String clinicianOf(SupervisionEvent event) {
        return event instanceof NoteBillable billable ? billable.clinicianId() : ((ReviewEvent) event).clinicianId();
    }

    private static java.time.Instant atOf(SupervisionEvent event) {
        return event instanceof NoteBillable billable ? billable.at() : ((ReviewEvent) event).at();
    }

    /**
     * Binds the row to {@link #COLUMNS}' twelve parameters, in their order.
     */
    void bind(PreparedStatement insert) throws SQLException {
        insert.setString(1, event.organisationId());
        insert.setString(2, noteOf(event));
        insert.setLong(3, noteSeq);
        bindAfterSeq(insert, 4);
    }

    /**
     * Binds the row to {@link #INSERT_NEXT}'s parameters: the note's number is the database's,
     * counted from the note's pending events inside the insert; this row's own is not used.
     */
    void bindNumbered(PreparedStatement insert) throws SQLException {
        insert.setString(1, event.organisationId());
        insert.setString(2, noteOf(event));
        insert.setString(3, event.organisationId());
        insert.setString(4, noteOf(event));
        bindAfterSeq(insert, 5);
    }

    /**
     * Inserts an event numbered after its note's pending ones, in one statement: no read of the
     * highest number before it (two a review cycle, each a round trip on PostgreSQL). Of two
     * transactions numbering the same note at once, the primary key lets one insert and the
     * other fails as a conflict.
     */
    static final String INSERT_NEXT = "INSERT INTO sr_event_outbox (" + COLUMNS + ") VALUES (?, ?,"
            + " (SELECT COALESCE(MAX(note_seq), 0) + 1 FROM sr_event_outbox WHERE org_id = ? AND note_id = ?),"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private void bindAfterSeq(PreparedStatement insert, int first) throws SQLException {
        int i = first;
        insert.setString(i++, eventId);
        insert.setString(i++, event.getClass().getSimpleName());
        insert.setString(i++, clinicianOf(event));
        insert.setObject(i++, OffsetDateTime.ofInstant(atOf(event), ZoneOffset.UTC));
        LocalDate due = null;
        String supervisor = null;
        String addendum = null;
        String payerGroup = null;
        String presence = null;
        if (event instanceof NoteBillable e) {
            supervisor = e.supervisingPractitionerId();
            payerGroup = e.payerGroup();
            presence = e.presence() == null ? null : e.presence().name();
        } else if (event instanceof ReviewEvent.Submitted e) {
            due = e.dueDate();
        } else if (event instanceof ReviewEvent.Overdue e) {
            due = e.dueDate();
        } else if (event instanceof ReviewEvent.Escalated e) {
            due = e.dueDate();
        } else if (event instanceof ReviewEvent.ChangesRequested e) {
            supervisor = e.supervisorId();
        } else if (event instanceof ReviewEvent.CoSigned e) {
            supervisor = e.supervisorId();
            addendum = e.addendumId();
        }
        insert.setObject(i++, due);
        insert.setString(i++, supervisor);
        insert.setString(i++, addendum);
        insert.setString(i++, payerGroup);
        insert.setString(i, presence);
    }

    static OutboxRow read(ResultSet rs) throws SQLException {
        String org = rs.getString(1);
        String note = rs.getString(2);
        String clinician = rs.getString(6);
        java.time.Instant at = rs.getObject(7, OffsetDateTime.class).toInstant();
        LocalDate due = rs.getObject(8, LocalDate.class);
        String supervisor = rs.getString(9);
        SupervisionEvent event = switch (rs.getString(5)) {
            case "Submitted" -> new ReviewEvent.Submitted(org, note, clinician, at, due);
            case "ChangesRequested" -> new ReviewEvent.ChangesRequested(org, note, clinician, at, supervisor);
            case "CoSigned" -> new ReviewEvent.CoSigned(org, note, clinician, at, supervisor, rs.getString(10));
            case "Overdue" -> new ReviewEvent.Overdue(org, note, clinician, at, due);
            case "Escalated" -> new ReviewEvent.Escalated(org, note, clinician, at, due);
            case "NoteBillable" -> new NoteBillable(org, note, clinician, at, supervisor, rs.getString(11),
                    rs.getString(12) == null ? null : SupervisorPresence.valueOf(rs.getString(12)));
            default -> throw new SQLException("unknown outbox event type " + rs.getString(5), "22000");
        };
        return new OutboxRow(rs.getLong(3), rs.getString(4), event);
    }
}
