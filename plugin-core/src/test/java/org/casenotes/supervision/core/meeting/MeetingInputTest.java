package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP2;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class MeetingInputTest {

    private final MeetingClinic clinic = new MeetingClinic(TestDatabases.h2());

    @Test
    void aBadPlanReportsEveryProblemAtOnceAndStoresNothing() {
        MeetingPlan plan = new MeetingPlan(Arrays.asList("clin-1", "clin-1", " ", "nobody", "sup-1", "admin-1"), null, 0,
                MeetingFormat.TRIADIC, null);

        assertThatThrownBy(() -> clinic.meetings.plan(SUP, plan)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::path, FieldProblem::code).containsExactly(
                        tuple("/superviseeIds/1", "duplicate"), tuple("/superviseeIds/2", "required"),
                        tuple("/superviseeIds/3", "unknown"), tuple("/superviseeIds/4", "not-allowed"),
                        tuple("/superviseeIds/5", "not-a-clinician"),
                        tuple("/superviseeIds", "count-for-format"), tuple("/modality", "required"),
                        tuple("/startsAt", "required"), tuple("/durationMinutes", "out-of-range")));
        assertThat(clinic.meetings.list(MeetingClinic.ADMIN, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).isEmpty();
    }

    @Test
    void aSupervisorPlansOnlyWithCliniciansTheySuperviseOnTheMeetingsDay() {
        assertThatThrownBy(() -> clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-20T10:00", 60, "clin-3"))
                .isInstanceOf(ForbiddenException.class);
        clinic.assign(new SupervisionAssignment(MeetingClinic.ORG, "sup-2", "clin-1",
                SupervisionAssignment.Kind.BACKUP, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20)));
        MeetingPlan onTheLastDay = new MeetingPlan(List.of("clin-1"), MeetingClinic.at("2026-11-20T23:30"), 60,
                MeetingFormat.INDIVIDUAL, Modality.PHONE);
        MeetingPlan theDayAfter = new MeetingPlan(List.of("clin-1"), MeetingClinic.at("2026-11-21T00:30"), 60,
                MeetingFormat.INDIVIDUAL, Modality.PHONE);

        assertThat(clinic.meetings.plan(SUP2, onTheLastDay).supervisorId()).isEqualTo("sup-2");
        assertThatThrownBy(() -> clinic.meetings.plan(SUP2, theDayAfter)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> clinic.meetings.plan(MeetingClinic.CLIN, onTheLastDay)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void changesWithBadInputListTheirProblemsAndLeaveTheMeetingAsItWas() {
        Meeting m = clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-20T10:00", 60, "clin-1");
        Meeting before = clinic.meetings.addFreeTopic(SUP, m.id(), m.version(), "Topic");
        long v = before.version();
        String item = before.agenda().get(0).id();

        assertProblems(() -> clinic.meetings.addFreeTopic(SUP, m.id(), v, "x".repeat(501)), "/topic", "too-long");
        assertProblems(() -> clinic.meetings.addFreeTopic(SUP, m.id(), v, "  "), "/topic", "required");
        assertProblems(() -> clinic.meetings.reorderAgenda(SUP, m.id(), v, List.of(item, item)),
                "/agendaItemIds", "not-a-permutation");
        assertProblems(() -> clinic.meetings.recordAttendance(SUP, m.id(), v, Map.of("clin-2/x", Attendance.ABSENT)),
                "/attendance/clin-2~1x", "not-attendee");
        assertProblems(() -> clinic.meetings.addActionItem(SUP, m.id(), v, new NewActionItem("Do it", "clin-2", null)),
                "/ownerId", "not-in-meeting");
        assertProblems(() -> clinic.meetings.writeCaseNotes(SUP, m.id(), v, new CaseNotes(List.of(
                new ItemNotes(item, "ok", "y".repeat(20_001)), new ItemNotes("no-such-item", "x", null)), null)),
                "/items/0/feedback", "too-long", "/items/1/agendaItemId", "unknown");
        assertProblems(() -> clinic.meetings.hours(SUP, "clin-1", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1),
                MeetingClinic.ZONE), "/to", "before-from");
        assertThat(clinic.meetings.view(SUP, m.id())).isEqualTo(before);
    }

    @Test
    void aMeetingThatHasNotStartedCannotBeMarkedHeld() {
        Meeting future = clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-26T10:00", 60, "clin-1");

        assertThatThrownBy(() -> clinic.meetings.markHeld(SUP, future.id(), future.version()))
                .isInstanceOf(InvalidStateException.class).hasFieldOrPropertyWithValue("code", "meeting.not-started");
    }

    private static void assertProblems(Runnable call, String... pathsAndCodes) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            List<String> flat = e.problems().stream().flatMap(p -> java.util.stream.Stream.of(p.path(), p.code())).toList();
            assertThat(flat).containsExactly(pathsAndCodes);
        });
    }
}
