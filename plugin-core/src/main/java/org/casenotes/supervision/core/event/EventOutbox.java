package org.casenotes.supervision.core.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.SupervisionEvent;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.storage.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Domain events through a transactional outbox ({@code sr_event_outbox}): an event is stored in
 * the transaction of the action that raised it, so it exists exactly when the action does, and
 * is handed to the host's listener after commit. Delivery takes one note's pending events out
 * of the outbox in one statement (the rows stay locked until the delivery commits), hands them
 * to the listener in order with their stable ids, and puts back, in the same transaction, the
 * event the listener threw on and every later one of the note, pending for the next delivery
 * (after the next action on the note, at the next start, or when the host calls {@link
 * #deliverPending()}). At least once, in order per note: a crash between the listener's return
 * and the delivery's commit delivers the event again with the same id.
 * Thread-safe.
 */
public final class EventOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(EventOutbox.class);
    private static final int PENDING_NOTES_PER_ROUND = 500;
    private static final String INSERT = "INSERT INTO sr_event_outbox (" + OutboxRow.COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;
    private final SupervisionEventListener listener;

    /**
     * Creates the outbox.
     *
     * @param transactions the module's transaction runner
     * @param listener the host's listener
     */
    public EventOutbox(Transactions transactions, SupervisionEventListener listener) {
        this.transactions = transactions;
        this.listener = listener;
    }

    /**
     * Stores an event in the action's transaction and delivers it once that commits.
     *
     * @param tx the action's transaction
     * @param event the event
     * @throws SQLException on a database fault; the action rolls back with it
     */
    public void record(Tx tx, SupervisionEvent event) throws SQLException {
        if (listener == SupervisionEventListener.NONE) {
            return; // the host wants no events: nothing to keep for it
        }
        Connection connection = tx.connection();
        String noteId = OutboxRow.noteOf(event);
        // Numbered inside the insert, after the note's pending events (a co-sign raises two
        // events of one note: the second insert sees the first).
        try (PreparedStatement insert = connection.prepareStatement(OutboxRow.INSERT_NEXT)) {
            new OutboxRow(0, UUID.randomUUID().toString(), event).bindNumbered(insert);
            insert.executeUpdate();
        }
        // One delivery per note and transaction: it sends every pending event of the note, in order.
        tx.afterCommitOnce(List.of("outbox", event.organisationId(), noteId),
                () -> deliverQuietly(event.organisationId(), noteId));
    }

    /**
     * Delivers every pending event of every note, oldest notes first; what the module does at
     * start and what a host may schedule.
     *
     * @return how many events the listener accepted
     * @throws org.casenotes.supervision.api.error.StorageUnavailableException when the database
     *     cannot be read
     */
    public int deliverPending() {
        List<String[]> notes = transactions.inTransaction("find undelivered events", tx -> {
            List<String[]> found = new ArrayList<>();
            // Reads every organisation's pending notes: the relay's one cross-organisation read.
            try (PreparedStatement select = tx.connection().prepareStatement(
                    "SELECT DISTINCT org_id, note_id FROM sr_event_outbox FETCH FIRST "
                            + PENDING_NOTES_PER_ROUND + " ROWS ONLY")) {
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return found;
        });
        int delivered = 0;
        for (String[] note : notes) {
            delivered += deliverQuietly(note[0], note[1]);
        }
        return delivered;
    }

    private int deliverQuietly(String organisationId, String noteId) {
        try {
            return deliver(organisationId, noteId);
        } catch (SupervisionException e) {
            LOG.warn("events of a note stay pending for the next delivery: {}", e.getMessage());
            return 0;
        }
    }

    private int deliver(String organisationId, String noteId) {
        return transactions.inTransaction("deliver a note's events", tx -> {
            // Taken out of the outbox in one statement, locked until commit; what the listener
            // did not accept goes back in before the commit, so a failure loses nothing.
            List<OutboxRow> pending = tx.deleteReturning(OutboxRow.COLUMNS, "sr_event_outbox",
                    "org_id = ? AND note_id = ?", List.of(organisationId, noteId), OutboxRow::read);
            pending.sort(java.util.Comparator.comparingLong(OutboxRow::noteSeq));
            int delivered = 0;
            while (delivered < pending.size() && handedOver(pending.get(delivered))) {
                delivered++;
            }
            if (delivered < pending.size()) {
                try (PreparedStatement insert = tx.connection().prepareStatement(INSERT)) {
                    for (OutboxRow row : pending.subList(delivered, pending.size())) {
                        row.bind(insert);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            return delivered;
        });
    }

    private boolean handedOver(OutboxRow row) {
        try {
            listener.onEvent(row.eventId(), row.event());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("the host's event listener failed ({}); the event stays pending", e.getClass().getSimpleName());
            return false;
        }
    }
}
