package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ADMIN;
import static org.casenotes.supervision.core.meeting.MeetingClinic.CLIN;
import static org.casenotes.supervision.core.meeting.MeetingClinic.CLIN2;
import static org.casenotes.supervision.core.meeting.MeetingClinic.CLIN3;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP;

import java.time.LocalDate;
import java.util.List;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.Attendee;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingSummary;
import org.casenotes.supervision.api.meeting.MeetingView;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingViewTest {

    private final MeetingClinic clinic = new MeetingClinic(TestDatabases.h2());
    private Meeting group;

    @BeforeEach
    void holdAGroupMeetingWithNotesAboutBothSupervisees() {
        Meeting m = clinic.plan(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-20T10:00", 90, "clin-1", "clin-2");
        m = clinic.meetings.addFreeTopic(SUP, m.id(), m.version(), "Jordan's case");
        m = clinic.meetings.addFreeTopic(SUP, m.id(), m.version(), "Priya's case");
        m = clinic.meetings.markHeld(SUP, m.id(), m.version());
        m = clinic.meetings.writeCaseNotes(SUP, m.id(), m.version(), new CaseNotes(List.of(
                new ItemNotes(m.agenda().get(0).id(), "Jordan over-shares", "Slow down"),
                new ItemNotes(m.agenda().get(1).id(), "Priya avoids feelings", "Notice it")), "Good group"));
        m = clinic.meetings.addActionItem(SUP, m.id(), m.version(), new NewActionItem("Journal", "clin-1", null));
        group = clinic.meetings.addActionItem(SUP, m.id(), m.version(),
                new NewActionItem("Role-play", "clin-2", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theSupervisorSeesTheWholeMeetingWithEveryCaseNote() {
        MeetingView view = clinic.meetings.view(SUP, group.id());
        assertThat(view).isEqualTo(group);
        assertThat(((Meeting) view).agenda()).extracting(i -> i.discussion())
                .containsExactly("Jordan over-shares", "Priya avoids feelings");
    }

    @Test
    void aSuperviseeSeesDateFormatLengthAndOnlyTheirOwnAttendanceAndActionItems() {
        MeetingView view = clinic.meetings.view(CLIN, group.id());

        assertThat(view).isInstanceOf(MeetingSummary.class);
        MeetingSummary summary = (MeetingSummary) view;
        assertThat(summary.startsAt()).isEqualTo(group.startsAt());
        assertThat(summary.format()).isEqualTo(MeetingFormat.GROUP);
        assertThat(summary.durationMinutes()).isEqualTo(90);
        assertThat(summary.attendees()).containsExactly(new Attendee("clin-1", Attendance.PRESENT));
        assertThat(summary.actionItems()).extracting(ActionItem::text).containsExactly("Journal");
        assertThat(summary.toString()).doesNotContain("Priya", "Role-play", "over-shares", "Good group");
    }

    @Test
    void anAdminSeesAttendanceButNoCaseNotesOrActionItems() {
        MeetingSummary summary = (MeetingSummary) clinic.meetings.view(ADMIN, group.id());

        assertThat(summary.attendees()).extracting(Attendee::superviseeId).containsExactly("clin-1", "clin-2");
        assertThat(summary.actionItems()).isEmpty();
        assertThat(summary.toString()).doesNotContain("over-shares", "Journal", "Good group");
    }

    @Test
    void listsHoldWhatEachActorMaySee() {
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.PHONE, "2026-11-21T10:00", 60, "clin-2");
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);

        assertThat(clinic.meetings.list(SUP, from, to)).hasSize(2);
        assertThat(clinic.meetings.list(ADMIN, from, to)).hasSize(2);
        assertThat(clinic.meetings.list(CLIN, from, to)).extracting(MeetingSummary::id).containsExactly(group.id());
        assertThat(clinic.meetings.list(CLIN2, from, to)).hasSize(2)
                .allSatisfy(s -> assertThat(s.attendees()).extracting(Attendee::superviseeId).containsOnly("clin-2"));
        assertThat(clinic.meetings.list(CLIN3, from, to)).isEmpty();
        assertThat(clinic.meetings.list(SUP, to.plusDays(1), to.plusDays(30))).isEmpty();
    }

    @Test
    void everyReadIsAuditedWithIdsOnly() {
        clinic.audit.clear();
        clinic.meetings.view(SUP, group.id());
        clinic.meetings.view(CLIN, group.id());
        clinic.meetings.hoursCsv(ADMIN, "clin-1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), MeetingClinic.ZONE);

        assertThat(clinic.audit).extracting(e -> e.action(), e -> e.actorId(), e -> e.targetId()).containsExactly(
                org.assertj.core.api.Assertions.tuple(AuditAction.READ, "sup-1", group.id()),
                org.assertj.core.api.Assertions.tuple(AuditAction.READ, "clin-1", group.id()),
                org.assertj.core.api.Assertions.tuple(AuditAction.PRINT_EXPORT, "admin-1", "clin-1"));
        assertThat(clinic.audit.toString()).doesNotContain("Jordan", "Priya", "Journal");
    }
}
