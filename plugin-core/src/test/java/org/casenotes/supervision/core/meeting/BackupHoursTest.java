package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ORG;
import static org.casenotes.supervision.core.meeting.MeetingClinic.SUP2;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ZONE;

import java.time.Duration;
import java.time.LocalDate;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** A backup supervisor reads a supervisee's hours only inside the backup's dates, and only once it has begun. */
class BackupHoursTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate BACKUP_FROM = TODAY.plusDays(10);
    static final LocalDate BACKUP_TO = TODAY.plusDays(20);

    private static MeetingClinic clinicWithBackup() {
        MeetingClinic clinic = new MeetingClinic(TestDatabases.h2());
        clinic.assign(new SupervisionAssignment(ORG, "sup-2", "clin-1", SupervisionAssignment.Kind.BACKUP,
                BACKUP_FROM, BACKUP_TO));
        return clinic;
    }

    @Test
    void beforeTheBackupBeginsItsSupervisorReadsNoHours() {
        MeetingClinic clinic = clinicWithBackup();

        assertThatThrownBy(() -> clinic.meetings.hours(SUP2, "clin-1", BACKUP_FROM, BACKUP_TO, ZONE))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> clinic.meetings.hours(SUP2, "clin-1", TODAY.minusDays(30), TODAY, ZONE))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void duringTheBackupItsSupervisorReadsHoursOfTheBackupsDatesOnly() {
        MeetingClinic clinic = clinicWithBackup();
        clinic.advance(Duration.ofDays(12));

        assertThat(clinic.meetings.hours(SUP2, "clin-1", BACKUP_FROM, BACKUP_TO, ZONE).superviseeId()).isEqualTo("clin-1");
        assertThat(clinic.meetings.hoursCsv(SUP2, "clin-1", BACKUP_FROM.plusDays(1), BACKUP_FROM.plusDays(2), ZONE))
                .startsWith("record,");
        assertThatThrownBy(() -> clinic.meetings.hours(SUP2, "clin-1", BACKUP_FROM.minusDays(1), BACKUP_TO, ZONE))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> clinic.meetings.hours(SUP2, "clin-1", BACKUP_FROM, BACKUP_TO.plusDays(1), ZONE))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void thePrimarySupervisorStillReadsAnyPeriod() {
        MeetingClinic clinic = clinicWithBackup();

        assertThat(clinic.meetings.hours(MeetingClinic.SUP, "clin-1", TODAY.minusYears(1), TODAY, ZONE).superviseeId())
                .isEqualTo("clin-1");
    }
}
