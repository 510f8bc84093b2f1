package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.meeting.AgendaReason;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A meeting's whole life stored and read back, and optimistic versioning, on one database. */
abstract class MeetingRoundTripScenarios {

    private MeetingClinic clinic;

    abstract DataSource database();

    @BeforeEach
    void openClinic() {
        clinic = new MeetingClinic(database());
    }

    @Test
    void everythingWrittenIsReadBackExactly() {
        clinic.offer("clin-1", "note-7", LocalDate.of(2026, 11, 12), AgendaReason.FLAGGED_FOR_REVIEW, "motive", "risk.boundary");
        clinic.offer("clin-2", "note-9", LocalDate.of(2026, 11, 13), AgendaReason.DISCUSS_REQUESTED);
        Meeting m = clinic.plan(MeetingFormat.TRIADIC, Modality.IN_PERSON, "2026-11-20T16:45", 75, "clin-1", "clin-2");
        m = clinic.meetings.proposeAgenda(SUP, m.id(), m.version());
        m = clinic.meetings.addFreeTopic(SUP, m.id(), m.version(), "Ελληνικά, \"quotes\" and\nnew lines");
        m = clinic.meetings.recordAttendance(SUP, m.id(), m.version(), Map.of("clin-2", Attendance.ABSENT));
        m = clinic.meetings.markHeld(SUP, m.id(), m.version());
        m = clinic.meetings.writeCaseNotes(SUP, m.id(), m.version(), new CaseNotes(List.of(
                new ItemNotes(m.agenda().get(0).id(), "Motive unclear; explored it.", "Use the WAIT check."),
                new ItemNotes(m.agenda().get(2).id(), "Talked it through.", null)), "Engaged and open."));
        m = clinic.meetings.addActionItem(SUP, m.id(), m.version(),
                new NewActionItem("Re-read note 7 with the rationale", "clin-1", LocalDate.of(2026, 11, 27)));
        m = clinic.meetings.addActionItem(SUP, m.id(), m.version(), new NewActionItem("Find a reading", "sup-1", null));
        clinic.advance(Duration.ofMinutes(5));
        m = clinic.meetings.completeActionItem(SUP, m.id(), m.version(), m.actionItems().get(1).id());
        m = clinic.meetings.sign(SUP, m.id(), m.version());
        m = clinic.meetings.addAddendum(SUP, m.id(), "Addendum: the reading is chapter 4.");

        assertThat(clinic.meetings.view(SUP, m.id())).isEqualTo(m);
        assertThat(m.version()).isEqualTo(10);
        assertThat(m.agenda()).hasSize(3);
        assertThat(m.agenda().get(0).flagRuleIds()).containsExactly("motive", "risk.boundary");
        assertThat(m.agenda().get(2).topic()).isEqualTo("Ελληνικά, \"quotes\" and\nnew lines");
        assertThat(m.agenda().get(2).feedback()).isNull();
        assertThat(m.actionItems().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(m.actionItems().get(1).closedAt()).isEqualTo(clinic.clock.instant());
        assertThat(m.startsAt()).isEqualTo(MeetingClinic.at("2026-11-20T16:45"));

        HoursLog hours = clinic.meetings.hours(SUP, "clin-1", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
                MeetingClinic.ZONE);
        assertThat(hours.totalMinutes()).isEqualTo(75);
        assertThat(clinic.meetings.hours(SUP, "clin-2", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
                MeetingClinic.ZONE).entries()).isEmpty();
    }

    @Test
    void aChangeFromAStaleVersionIsAConflictAndStoresNothing() {
        Meeting planned = clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-20T10:00", 60, "clin-1");
        Meeting changed = clinic.meetings.addFreeTopic(SUP, planned.id(), planned.version(), "First");

        assertThatThrownBy(() -> clinic.meetings.addFreeTopic(SUP, planned.id(), planned.version(), "Second"))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", ConflictException.CHANGED_MEANWHILE);
        assertThatThrownBy(() -> clinic.meetings.markHeld(SUP, planned.id(), planned.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(clinic.meetings.view(SUP, planned.id())).isEqualTo(changed);
    }

    @Test
    void ofConcurrentChangesFromOneVersionExactlyOneWins() throws Exception {
        Meeting planned = clinic.plan(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-20T10:00", 60, "clin-1", "clin-2");
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String topic = "Topic " + i;
                results.add(pool.submit((Callable<String>) () -> {
                    start.await();
                    try {
                        clinic.meetings.addFreeTopic(SUP, planned.id(), planned.version(), topic);
                        return "won";
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("won").containsOnly("won", "conflict");
        } finally {
            pool.shutdownNow();
        }
        Meeting after = (Meeting) clinic.meetings.view(SUP, planned.id());
        assertThat(after.version()).isEqualTo(planned.version() + 1);
        assertThat(after.agenda()).hasSize(1);
    }
}
