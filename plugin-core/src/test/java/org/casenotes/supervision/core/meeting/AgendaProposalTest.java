package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.AgendaItem;
import org.casenotes.supervision.api.meeting.AgendaItemKind;
import org.casenotes.supervision.api.meeting.AgendaReason;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class AgendaProposalTest {

    private final MeetingClinic clinic = new MeetingClinic(TestDatabases.h2());

    @Test
    void flaggedDiscussRequestedAndOverdueNotesSinceTheLastMeetingAreProposed() {
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-11-04T10:00", 60, "clin-1");
        clinic.offer("clin-1", "note-before", LocalDate.of(2026, 11, 2), AgendaReason.FLAGGED_FOR_REVIEW, "motive");
        clinic.offer("clin-1", "note-on-meeting-day", LocalDate.of(2026, 11, 4), AgendaReason.DISCUSS_REQUESTED);
        clinic.offer("clin-1", "note-a", LocalDate.of(2026, 11, 10), AgendaReason.FLAGGED_FOR_REVIEW, "motive", "risk");
        clinic.offer("clin-1", "note-b", LocalDate.of(2026, 11, 17), AgendaReason.DISCUSS_REQUESTED);
        clinic.offer("clin-1", "note-c", LocalDate.of(2026, 11, 5), AgendaReason.OVERDUE_CO_SIGN);
        clinic.offer("clin-2", "note-of-someone-else", LocalDate.of(2026, 11, 12), AgendaReason.DISCUSS_REQUESTED);

        Meeting next = propose(clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-24T10:00", 60, "clin-1"));

        assertThat(next.agenda()).extracting(AgendaItem::kind, AgendaItem::noteId, AgendaItem::reason,
                AgendaItem::flagRuleIds, AgendaItem::superviseeId, AgendaItem::order).containsExactly(
                tuple(AgendaItemKind.NOTE, "note-c", AgendaReason.OVERDUE_CO_SIGN, List.of(), "clin-1", 1),
                tuple(AgendaItemKind.NOTE, "note-a", AgendaReason.FLAGGED_FOR_REVIEW, List.of("motive", "risk"), "clin-1", 2),
                tuple(AgendaItemKind.NOTE, "note-b", AgendaReason.DISCUSS_REQUESTED, List.of(), "clin-1", 3));
        assertThat(next.agenda().get(1).clientId()).isEqualTo("client-note-a");
        assertThat(next.agenda().get(1).sessionDate()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void withoutAnEarlierMeetingTheLastFourWeeksAreProposed() {
        clinic.offer("clin-1", "too-old", LocalDate.of(2026, 10, 27), AgendaReason.DISCUSS_REQUESTED);
        clinic.offer("clin-1", "recent", LocalDate.of(2026, 10, 28), AgendaReason.DISCUSS_REQUESTED);

        Meeting first = propose(clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-24T10:00", 60, "clin-1"));

        assertThat(first.agenda()).extracting(AgendaItem::noteId).containsExactly("recent");
    }

    @Test
    void aMeetingTheSuperviseeMissedDoesNotStartANewPeriodForThem() {
        Meeting group = clinic.plan(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-10T10:00", 90, "clin-1", "clin-2");
        group = clinic.meetings.recordAttendance(SUP, group.id(), group.version(), Map.of("clin-1", Attendance.ABSENT));
        clinic.meetings.markHeld(SUP, group.id(), group.version());
        clinic.offer("clin-1", "before-missed-meeting", LocalDate.of(2026, 11, 6), AgendaReason.FLAGGED_FOR_REVIEW, "focus");
        clinic.offer("clin-2", "before-attended-meeting", LocalDate.of(2026, 11, 6), AgendaReason.FLAGGED_FOR_REVIEW, "focus");

        Meeting next = propose(clinic.plan(MeetingFormat.TRIADIC, Modality.VIDEO, "2026-11-24T10:00", 60, "clin-1", "clin-2"));

        assertThat(next.agenda()).extracting(AgendaItem::noteId).containsExactly("before-missed-meeting");
    }

    @Test
    void openActionItemsCarryOverIntoEveryLaterMeetingUntilOneClosesThem() {
        Meeting first = clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-10-28T10:00", 60, "clin-1");
        first = clinic.meetings.addActionItem(SUP, first.id(), first.version(),
                new NewActionItem("Read the chapter on boundaries", "clin-1", LocalDate.of(2026, 11, 4)));
        first = clinic.meetings.addActionItem(SUP, first.id(), first.version(),
                new NewActionItem("Send the consultation article", "sup-1", null));
        first = clinic.meetings.addActionItem(SUP, first.id(), first.version(),
                new NewActionItem("Book the room", "sup-1", null));
        String chapter = first.actionItems().get(0).id();
        String article = first.actionItems().get(1).id();
        first = clinic.meetings.completeActionItem(SUP, first.id(), first.version(), first.actionItems().get(2).id());

        Meeting second = propose(clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-04T10:00", 60, "clin-1"));
        assertThat(carried(second)).containsExactly(chapter, article);
        assertThat(second.agenda().get(0).superviseeId()).isEqualTo("clin-1");
        assertThat(second.agenda().get(1).superviseeId()).isNull();
        second = clinic.meetings.completeActionItem(SUP, second.id(), second.version(), chapter);
        clinic.meetings.markHeld(SUP, second.id(), second.version());

        Meeting third = propose(clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-11T10:00", 60, "clin-1"));
        assertThat(carried(third)).containsExactly(article);
        third = clinic.meetings.completeActionItem(SUP, third.id(), third.version(), article);
        clinic.meetings.markHeld(SUP, third.id(), third.version());

        Meeting fourth = propose(clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-18T10:00", 60, "clin-1"));
        assertThat(carried(fourth)).isEmpty();
        assertThat(third.actionItems()).extracting(ActionItem::id, ActionItem::closedInMeetingId)
                .containsExactly(tuple(article, third.id()));
    }

    @Test
    void aNoteOnTheAgendaForSeveralReasonsIsListedOnceWithAllOfThem() {
        clinic.offer("clin-1", "note-a", LocalDate.of(2026, 11, 10), AgendaReason.FLAGGED_FOR_REVIEW, "motive");
        clinic.offer("clin-1", "note-a", LocalDate.of(2026, 11, 10), AgendaReason.DISCUSS_REQUESTED);
        clinic.offer("clin-1", "note-a", LocalDate.of(2026, 11, 10), AgendaReason.OVERDUE_CO_SIGN);

        Meeting meeting = propose(clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-24T10:00", 60, "clin-1"));

        assertThat(meeting.agenda()).singleElement().satisfies(item -> {
            assertThat(item.noteId()).isEqualTo("note-a");
            assertThat(item.reasons()).containsExactly(AgendaReason.FLAGGED_FOR_REVIEW,
                    AgendaReason.DISCUSS_REQUESTED, AgendaReason.OVERDUE_CO_SIGN);
            assertThat(item.flagRuleIds()).containsExactly("motive");
        });
        assertThat(clinic.meetings.view(SUP, meeting.id())).isEqualTo(meeting);
    }

    @Test
    void aClinicianMarksTheirOwnActionItemDoneAndItIsNoLongerCarriedOver() {
        Meeting first = clinic.held(MeetingFormat.TRIADIC, Modality.IN_PERSON, "2026-10-28T10:00", 60, "clin-1", "clin-2");
        first = clinic.meetings.addActionItem(SUP, first.id(), first.version(),
                new NewActionItem("Read the chapter on boundaries", "clin-1", LocalDate.of(2026, 11, 4)));
        String chapter = first.actionItems().get(0).id();

        assertThatThrownBy(() -> clinic.meetings.markOwnActionItemDone(MeetingClinic.CLIN2, chapter))
                .isInstanceOf(org.casenotes.supervision.api.error.ForbiddenException.class);
        assertThatThrownBy(() -> clinic.meetings.markOwnActionItemDone(MeetingClinic.FOREIGN, chapter))
                .isInstanceOf(org.casenotes.supervision.api.error.NotFoundException.class);
        ActionItem done = clinic.meetings.markOwnActionItemDone(MeetingClinic.CLIN, chapter);
        assertThatThrownBy(() -> clinic.meetings.markOwnActionItemDone(MeetingClinic.CLIN, chapter))
                .isInstanceOf(org.casenotes.supervision.api.error.InvalidStateException.class);

        Meeting second = propose(clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-04T10:00", 60, "clin-1"));
        assertThat(done.done()).isTrue();
        assertThat(done.closedInMeetingId()).isNull();
        assertThat(carried(second)).isEmpty();
        Meeting raisedIn = (Meeting) clinic.meetings.view(SUP, first.id());
        assertThat(raisedIn.actionItems()).containsExactly(done);
        assertThat(raisedIn.version()).as("the meeting itself is unchanged").isEqualTo(first.version());
    }

    @Test
    void proposingAgainKeepsTheSupervisorsFreeTopicsAfterTheProposedItems() {
        clinic.offer("clin-1", "note-a", LocalDate.of(2026, 11, 10), AgendaReason.DISCUSS_REQUESTED);
        Meeting meeting = clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-24T10:00", 60, "clin-1");
        meeting = clinic.meetings.addFreeTopic(SUP, meeting.id(), meeting.version(), "Licensure paperwork");
        meeting = propose(meeting);
        meeting = propose(meeting);

        assertThat(meeting.agenda()).extracting(AgendaItem::kind, AgendaItem::order).containsExactly(
                tuple(AgendaItemKind.NOTE, 1), tuple(AgendaItemKind.FREE_TOPIC, 2));
        assertThat(meeting.agenda().get(1).topic()).isEqualTo("Licensure paperwork");
    }

    @Test
    void theSupervisorAddsRemovesAndReordersItems() {
        clinic.offer("clin-1", "note-a", LocalDate.of(2026, 11, 10), AgendaReason.DISCUSS_REQUESTED);
        Meeting meeting = propose(clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-24T10:00", 60, "clin-1"));
        meeting = clinic.meetings.addFreeTopic(SUP, meeting.id(), meeting.version(), "Self-care");
        meeting = clinic.meetings.addFreeTopic(SUP, meeting.id(), meeting.version(), "Caseload");
        String note = meeting.agenda().get(0).id();
        String selfCare = meeting.agenda().get(1).id();
        String caseload = meeting.agenda().get(2).id();

        meeting = clinic.meetings.reorderAgenda(SUP, meeting.id(), meeting.version(), List.of(caseload, note, selfCare));
        assertThat(meeting.agenda()).extracting(AgendaItem::id).containsExactly(caseload, note, selfCare);
        meeting = clinic.meetings.removeAgendaItem(SUP, meeting.id(), meeting.version(), note);
        assertThat(meeting.agenda()).extracting(AgendaItem::id, AgendaItem::order)
                .containsExactly(tuple(caseload, 1), tuple(selfCare, 2));
    }

    private Meeting propose(Meeting meeting) {
        return clinic.meetings.proposeAgenda(SUP, meeting.id(), meeting.version());
    }

    private static List<String> carried(Meeting meeting) {
        return meeting.agenda().stream().filter(i -> i.kind() == AgendaItemKind.ACTION_ITEM)
                .map(AgendaItem::actionItemId).toList();
    }
}
