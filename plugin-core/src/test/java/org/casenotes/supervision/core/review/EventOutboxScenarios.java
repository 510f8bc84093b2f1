package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.SUP;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.event.EventOutbox;
import org.casenotes.supervision.core.storage.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Domain events go through the transactional outbox: stored with the action, never lost. */
abstract class EventOutboxScenarios {

    TestClinic clinic;

    abstract DataSource database();

    @BeforeEach
    void openClinic() throws Exception {
        clinic = new TestClinic(database());
    }

    @Test
    void eventsReachTheListenerAfterCommitInTheNotesOrderEachWithItsOwnId() throws SQLException {
        String note = clinic.note(CLIN);
        clinic.section(note);

        Review review = clinic.reviews.submit(CLIN, note, 0);
        review = clinic.reviews.startReview(SUP, note, review.version());
        review = clinic.reviews.requestChanges(SUP, note, review.version(), "Add the rationale.");
        review = clinic.reviews.submit(CLIN, note, review.version());
        review = clinic.reviews.startReview(SUP, note, review.version());
        clinic.reviews.coSign(SUP, note, review.version());

        assertThat(clinic.sentEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Submitted", "ChangesRequested", "Submitted", "CoSigned", "NoteBillable");
        assertThat(clinic.host.sentEventIds()).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f-]{36}"));
        assertThat(pendingEvents()).isZero();
    }

    @Test
    void aFailingListenerLosesNoEventAndTheNextDeliveryKeepsTheNotesOrder() throws SQLException {
        String note = clinic.note(CLIN);
        clinic.section(note);
        clinic.listenerDown = true;

        Review review = clinic.reviews.submit(CLIN, note, 0);
        review = clinic.reviews.startReview(SUP, note, review.version());
        clinic.reviews.coSign(SUP, note, review.version());
        long pendingWhileDown = pendingEvents();
        clinic.listenerDown = false;
        int delivered = new EventOutbox(new Transactions(clinic.dataSource), clinic.events()).deliverPending();

        // Billing readiness follows the co-sign through the outbox too: nothing is lost while the listener is down.
        assertThat(pendingWhileDown).isEqualTo(3);
        assertThat(delivered).isEqualTo(3);
        assertThat(clinic.sentEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Submitted", "CoSigned", "NoteBillable");
        assertThat(pendingEvents()).isZero();
    }

    @Test
    void aListenerThatFailsMidwayKeepsThatEventAndTheLaterOnesPendingInOrderWithTheirIds() throws SQLException {
        String note = clinic.note(CLIN);
        clinic.section(note);
        Review review = clinic.reviews.submit(CLIN, note, 0);
        review = clinic.reviews.startReview(SUP, note, review.version());
        clinic.listenerRefuses = ReviewEvent.CoSigned.class;

        clinic.reviews.coSign(SUP, note, review.version());
        java.util.List<String> pending = pendingIdsInOrder();
        clinic.listenerRefuses = null;
        int delivered = new EventOutbox(new Transactions(clinic.dataSource), clinic.events()).deliverPending();

        assertThat(pending).as("CoSigned and NoteBillable stay, in the note's order").hasSize(2);
        assertThat(delivered).isEqualTo(2);
        assertThat(clinic.sentEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Submitted", "CoSigned", "NoteBillable");
        assertThat(clinic.host.sentEventIds().subList(1, 3)).as("delivered later with the ids they were stored with")
                .isEqualTo(pending);
        assertThat(pendingEvents()).isZero();
    }

    private java.util.List<String> pendingIdsInOrder() throws SQLException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (Connection c = clinic.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT event_id FROM sr_event_outbox ORDER BY note_seq")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    @Test
    void anEventDeliveredAgainCarriesTheSameId() throws SQLException {
        String note = clinic.note(CLIN);
        clinic.section(note);
        clinic.listenerDown = true;
        clinic.reviews.submit(CLIN, note, 0);
        String stored = storedEventId();

        clinic.listenerDown = false;
        new EventOutbox(new Transactions(clinic.dataSource), clinic.events()).deliverPending();

        assertThat(clinic.host.sentEventIds()).containsExactly(stored);
    }

    @Test
    void aNewModuleDeliversWhatAnEarlierProcessLeftPending() throws SQLException {
        String note = clinic.note(CLIN);
        clinic.section(note);
        clinic.listenerDown = true;
        clinic.reviews.submit(CLIN, note, 0);
        clinic.listenerDown = false;

        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            assertThat(clinic.events(ReviewEvent.Submitted.class)).singleElement()
                    .satisfies(e -> assertThat(e.noteId()).isEqualTo(note));
            assertThat(module.deliverPendingEvents()).isZero();
        }
        assertThat(pendingEvents()).isZero();
    }

    private long pendingEvents() throws SQLException {
        try (Connection c = clinic.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sr_event_outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String storedEventId() throws SQLException {
        try (Connection c = clinic.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT event_id FROM sr_event_outbox")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
