package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ADMIN;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ZONE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.HoursEntry;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.HoursTotal;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class HoursLogTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private final MeetingClinic clinic = new MeetingClinic(TestDatabases.h2());

    @Test
    void individualGroupAndTriadicMeetingsCountForEverySuperviseePresentAndNotForTheAbsent() {
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-11-02T09:00", 60, "clin-1");
        clinic.held(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-10T14:00", 90, "clin-1", "clin-2");
        Meeting missed = clinic.plan(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-12T14:00", 120, "clin-1", "clin-2");
        missed = clinic.meetings.recordAttendance(SUP, missed.id(), missed.version(), Map.of("clin-1", Attendance.ABSENT));
        clinic.meetings.markHeld(SUP, missed.id(), missed.version());
        clinic.held(MeetingFormat.TRIADIC, Modality.PHONE, "2026-11-16T10:00", 60, "clin-1", "clin-2");
        clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-20T10:00", 45, "clin-1");

        HoursLog first = clinic.meetings.hours(ADMIN, "clin-1", NOV_1, NOV_30, ZONE);
        HoursLog second = clinic.meetings.hours(ADMIN, "clin-2", NOV_1, NOV_30, ZONE);

        assertThat(first.totals()).extracting(HoursTotal::format, HoursTotal::modality, HoursTotal::meetings,
                HoursTotal::minutes, HoursTotal::hours).containsExactly(
                tuple(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, 1, 60L, new BigDecimal("1.00")),
                tuple(MeetingFormat.GROUP, Modality.VIDEO, 1, 90L, new BigDecimal("1.50")),
                tuple(MeetingFormat.TRIADIC, Modality.PHONE, 1, 60L, new BigDecimal("1.00")));
        assertThat(first.totalHours()).isEqualByComparingTo("3.50");
        assertThat(first.entries()).extracting(HoursEntry::date, HoursEntry::startTime).containsExactly(
                tuple(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0)), tuple(LocalDate.of(2026, 11, 10), LocalTime.of(14, 0)),
                tuple(LocalDate.of(2026, 11, 16), LocalTime.of(10, 0)));
        assertThat(second.totals()).extracting(HoursTotal::format, HoursTotal::meetings, HoursTotal::minutes)
                .containsExactly(tuple(MeetingFormat.GROUP, 2, 210L), tuple(MeetingFormat.TRIADIC, 1, 60L));
        assertThat(second.totalHours()).isEqualByComparingTo("4.50");
    }

    @Test
    void hoursExcludeAbsentAndExcusedAttendeesWhoAreListedAsNotCredited() {
        Meeting absentMeeting = clinic.plan(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-12T14:00", 90, "clin-1", "clin-2");
        absentMeeting = clinic.meetings.recordAttendance(SUP, absentMeeting.id(), absentMeeting.version(),
                Map.of("clin-2", Attendance.ABSENT));
        clinic.meetings.markHeld(SUP, absentMeeting.id(), absentMeeting.version());
        Meeting excusedMeeting = clinic.plan(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-19T14:00", 60, "clin-1", "clin-2");
        excusedMeeting = clinic.meetings.recordAttendance(SUP, excusedMeeting.id(), excusedMeeting.version(),
                Map.of("clin-2", Attendance.EXCUSED));
        clinic.meetings.markHeld(SUP, excusedMeeting.id(), excusedMeeting.version());

        HoursLog present = clinic.meetings.hours(ADMIN, "clin-1", NOV_1, NOV_30, ZONE);
        HoursLog away = clinic.meetings.hours(ADMIN, "clin-2", NOV_1, NOV_30, ZONE);

        assertThat(present.totalMinutes()).isEqualTo(150);
        assertThat(present.notCredited()).isEmpty();
        assertThat(away.totalMinutes()).isZero();
        assertThat(away.entries()).isEmpty();
        assertThat(away.notCredited()).extracting(HoursEntry::attendance, HoursEntry::minutes)
                .containsExactly(tuple(Attendance.ABSENT, 0), tuple(Attendance.EXCUSED, 0));
        assertThat(clinic.meetings.hoursCsv(ADMIN, "clin-2", NOV_1, NOV_30, ZONE))
                .doesNotContain(absentMeeting.id()).doesNotContain(excusedMeeting.id());
    }

    @Test
    void meetingsOnTheFirstAndLastDayCountInThePracticesTimeZone() {
        clinic.clock.set(MeetingClinic.at("2026-12-05T12:00"));
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-10-31T23:30", 50, "clin-1");
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-01T00:00", 60, "clin-1");
        // 2026-11-30 23:30 in Chicago is 2026-12-01 05:30 UTC.
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-30T23:30", 30, "clin-1");
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-12-01T00:00", 40, "clin-1");

        HoursLog practice = clinic.meetings.hours(SUP, "clin-1", NOV_1, NOV_30, ZONE);
        HoursLog utc = clinic.meetings.hours(SUP, "clin-1", NOV_1, NOV_30, ZoneOffset.UTC);

        assertThat(practice.entries()).extracting(HoursEntry::date, HoursEntry::minutes)
                .containsExactly(tuple(NOV_1, 60), tuple(NOV_30, 30));
        assertThat(practice.totalMinutes()).isEqualTo(90);
        assertThat(utc.entries()).extracting(HoursEntry::date, HoursEntry::minutes)
                .containsExactly(tuple(NOV_1, 50), tuple(NOV_1, 60));
    }

    @Test
    void aOneDayPeriodHoldsTheMeetingsOfThatDay() {
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-02T09:00", 60, "clin-1");
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-03T09:00", 45, "clin-1");

        HoursLog day = clinic.meetings.hours(SUP, "clin-1", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), ZONE);

        assertThat(day.entries()).extracting(HoursEntry::minutes).containsExactly(45);
    }

    @Test
    void plannedMeetingsCountOnlyOnceHeldAndSignedOnesStillCount() {
        Meeting meeting = clinic.plan(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-11-02T09:00", 60, "clin-1");
        assertThat(clinic.meetings.hours(SUP, "clin-1", NOV_1, NOV_30, ZONE).entries()).isEmpty();

        meeting = clinic.meetings.markHeld(SUP, meeting.id(), meeting.version());
        clinic.meetings.sign(SUP, meeting.id(), meeting.version());

        assertThat(clinic.meetings.hours(SUP, "clin-1", NOV_1, NOV_30, ZONE).totalMinutes()).isEqualTo(60);
    }
}
