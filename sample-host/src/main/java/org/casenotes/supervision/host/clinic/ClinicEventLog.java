package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.casenotes.supervision.api.SupervisionEvent;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.billing.NoteBillable;
import org.casenotes.supervision.api.review.ReviewEvent;

/**
 * The host's event inbox: appends every domain event the plugin sends after a committed
 * action to {@code clinic_event} (type, organisation, note id, time; ids only), where the
 * host's notifications would pick it up. Keyed by the plugin's event id, so an event delivered
 * again (the plugin delivers at least once) is stored once.
 */
public final class ClinicEventLog implements SupervisionEventListener {

    private static final String INSERT = "INSERT INTO clinic_event (org_id, event_id, event_type, note_id, occurred_at,"
            + " received_at) VALUES (?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    /**
     * Creates the listener.
     *
     * @param dataSource the host's database, with {@code clinic_event} created by {@link ClinicSchema}
     */
    public ClinicEventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void onEvent(SupervisionEvent event) {
        onEvent(UUID.randomUUID().toString(), event);
    }

    @Override
    public void onEvent(String eventId, SupervisionEvent event) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, event.organisationId());
            ps.setString(2, eventId);
            ps.setString(3, event.getClass().getSimpleName());
            ps.setString(4, event instanceof ReviewEvent review ? review.noteId()
                    : event instanceof NoteBillable billable ? billable.noteId() : null);
            ps.setTimestamp(5, Timestamp.from(event.at()));
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return; // delivered before: already in the inbox
            }
            throw new StorageUnavailableException("the host could not record a supervision event", e);
        }
    }
}
