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

    void bind(PreparedStatement insert) throws SQLException {
        insert.setString(1, event.organisationId());
        insert.setString(2, noteOf(event));
        insert.setLong(3, noteSeq);
        insert.setString(4, eventId);
        insert.setString(5, event.getClass().getSimpleName());
        insert.setString(6, clinicianOf(event));
        insert.setObject(7, OffsetDateTime.ofInstant(atOf(event), ZoneOffset.UTC));
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
        insert.setObject(8, due);
        insert.setString(9, supervisor);
        insert.setString(10, addendum);
        insert.setString(11, payerGroup);
        insert.setString(12, presence);
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
