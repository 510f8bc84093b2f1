package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP2;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingAddendum;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingStatus;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignedMeetingTest {

    private final MeetingClinic clinic = new MeetingClinic(TestDatabases.h2());
    private Meeting signed;

    @BeforeEach
    void signAMeetingWithNotesAndActionItems() {
        Meeting m = clinic.plan(MeetingFormat.GROUP, Modality.IN_PERSON, "2026-11-20T10:00", 90, "clin-1", "clin-2");
        m = clinic.meetings.addFreeTopic(SUP, m.id(), m.version(), "Boundaries with long-term clients");
        m = clinic.meetings.markHeld(SUP, m.id(), m.version());
        m = clinic.meetings.writeCaseNotes(SUP, m.id(), m.version(), new CaseNotes(List.of(
                new ItemNotes(m.agenda().get(0).id(), "Discussed self-disclosure timing.", "Good reflection.")),
                "Solid session."));
        m = clinic.meetings.addActionItem(SUP, m.id(), m.version(),
                new NewActionItem("Write a rationale before disclosing", "clin-1", LocalDate.of(2026, 12, 1)));
        signed = clinic.meetings.sign(SUP, m.id(), m.version());
    }

    @Test
    void signingRecordsWhenAndLocksTheMeeting() {
        assertThat(signed.status()).isEqualTo(MeetingStatus.SIGNED);
        assertThat(signed.signedAt()).isEqualTo(clinic.clock.instant());
        assertThat(signed.overallFeedback()).isEqualTo("Solid session.");
    }

    @Test
    void everyChangeToASignedMeetingIsRefusedAndNothingChanges() {
        String id = signed.id();
        long v = signed.version();
        String item = signed.agenda().get(0).id();
        String action = signed.actionItems().get(0).id();
        List<Consumer<Meetings>> writes = List.of(
                s -> s.proposeAgenda(SUP, id, v),
                s -> s.addFreeTopic(SUP, id, v, "Another topic"),
                s -> s.removeAgendaItem(SUP, id, v, item),
                s -> s.reorderAgenda(SUP, id, v, List.of(item)),
                s -> s.recordAttendance(SUP, id, v, Map.of("clin-2", Attendance.ABSENT)),
                s -> s.markHeld(SUP, id, v),
                s -> s.writeCaseNotes(SUP, id, v, new CaseNotes(List.of(new ItemNotes(item, "changed", null)), "changed")),
                s -> s.addActionItem(SUP, id, v, new NewActionItem("More", "clin-2", null)),
                s -> s.completeActionItem(SUP, id, v, action),
                s -> s.sign(SUP, id, v));
        for (Consumer<Meetings> write : writes) {
            assertThatThrownBy(() -> write.accept(clinic.meetings)).isInstanceOf(InvalidStateException.class)
                    .hasFieldOrPropertyWithValue("code", "meeting.signed");
        }
        assertThat(clinic.meetings.view(SUP, id)).isEqualTo(signed);
    }

    @Test
    void addendaAreKeptBesideTheSignedMeetingWhichStaysAsSigned() {
        clinic.advance(Duration.ofDays(2));
        Meeting withOne = clinic.meetings.addAddendum(SUP, signed.id(), "Late entry: clin-2 left at 11:00.");
        clinic.advance(Duration.ofDays(1));
        Meeting withTwo = clinic.meetings.addAddendum(SUP, signed.id(), "Correction: the room was B.");

        assertThat(withTwo.addenda()).extracting(MeetingAddendum::text, MeetingAddendum::authorId).containsExactly(
                org.assertj.core.api.Assertions.tuple("Late entry: clin-2 left at 11:00.", "sup-1"),
                org.assertj.core.api.Assertions.tuple("Correction: the room was B.", "sup-1"));
        assertThat(withTwo.addenda().get(1).writtenAt()).isAfter(withTwo.addenda().get(0).writtenAt());
        assertThat(withOne.addenda()).hasSize(1);
        assertThat(withTwo).usingRecursiveComparison().ignoringFields("addenda").isEqualTo(signed);
    }

    @Test
    void onlyTheMeetingsSupervisorWritesAddendaAndOnlyToSignedMeetings() {
        assertThatThrownBy(() -> clinic.meetings.addAddendum(SUP2, signed.id(), "Not mine"))
                .isInstanceOf(ForbiddenException.class);
        Meeting held = clinic.held(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-21T10:00", 60, "clin-1");
        assertThatThrownBy(() -> clinic.meetings.addAddendum(SUP, held.id(), "Too early"))
                .isInstanceOf(InvalidStateException.class).hasFieldOrPropertyWithValue("code", "meeting.not-signed");
    }

    @Test
    void aLaterMeetingClosesAnActionItemRaisedInASignedOneWithoutChangingItsRecord() {
        Meeting later = clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-24T10:00", 60, "clin-1");
        later = clinic.meetings.proposeAgenda(SUP, later.id(), later.version());
        later = clinic.meetings.completeActionItem(SUP, later.id(), later.version(), signed.actionItems().get(0).id());

        assertThat(later.actionItems()).singleElement().satisfies(item -> {
            assertThat(item.raisedInMeetingId()).isEqualTo(signed.id());
            assertThat(item.closedInMeetingId()).isNotNull();
        });
        Meeting again = (Meeting) clinic.meetings.view(SUP, signed.id());
        assertThat(again).usingRecursiveComparison().ignoringFields("actionItems").isEqualTo(signed);
        assertThat(again.actionItems().get(0).text()).isEqualTo(signed.actionItems().get(0).text());
    }
}
