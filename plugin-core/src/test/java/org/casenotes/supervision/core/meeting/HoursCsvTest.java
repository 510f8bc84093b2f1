package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ADMIN;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ZONE;
import static org.casenotes.supervision.core.testing.StrictCsv.parse;

import java.time.LocalDate;
import java.util.List;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.csv.Csv;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The hours log's CSV: names quoted and neutralised by the shared writer. */
class HoursCsvTest {

    @Test
    void theHoursExportNeutralisesNamesThatBeginLikeFormulas() {
        MeetingClinic clinic = new MeetingClinic(TestDatabases.h2());
        clinic.person(MeetingClinic.ORG, "sup-1", "@SUM(1+1)*cmd|' /C calc'!A0", Role.SUPERVISOR);
        clinic.person(MeetingClinic.ORG, "clin-1", "=1+2", Role.CLINICIAN);
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-11-02T09:00", 60, "clin-1");

        List<List<String>> rows = parse(clinic.meetings.hoursCsv(ADMIN, "clin-1", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), ZONE));

        assertThat(rows.get(1).get(5)).isEqualTo("'=1+2");
        assertThat(rows.get(1).get(7)).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(rows).allSatisfy(row -> assertThat(row).noneMatch(cell -> !cell.isEmpty()
                && Csv.FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0));
    }

    @Test
    void theHoursExportQuotesNamesWithCommasQuotesAndNewlines() {
        MeetingClinic clinic = new MeetingClinic(TestDatabases.h2());
        clinic.person(MeetingClinic.ORG, "sup-1", "Okafor, Renée \"Rae\"", Role.SUPERVISOR);
        clinic.person(MeetingClinic.ORG, "clin-1", "Jordan\nEllis", Role.CLINICIAN);
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-11-02T09:00", 60, "clin-1");
        clinic.held(MeetingFormat.GROUP, Modality.VIDEO, "2026-11-10T14:00", 90, "clin-1", "clin-2");

        String csv = clinic.meetings.hoursCsv(ADMIN, "clin-1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), ZONE);
        List<List<String>> rows = parse(csv);

        assertThat(rows.get(0)).containsExactly("record", "date", "start", "meeting_id", "supervisee_id",
                "supervisee_name", "supervisor_id", "supervisor_name", "format", "modality", "meetings", "minutes", "hours");
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).hasSize(13));
        assertThat(rows.get(1)).containsSubsequence("meeting", "2026-11-02", "09:00");
        assertThat(rows.get(1).get(5)).isEqualTo("Jordan\nEllis");
        assertThat(rows.get(1).get(7)).isEqualTo("Okafor, Renée \"Rae\"");
        assertThat(rows.get(1).subList(8, 13)).containsExactly("INDIVIDUAL", "IN_PERSON", "1", "60", "1.00");
        assertThat(rows.get(3).subList(8, 13)).containsExactly("INDIVIDUAL", "IN_PERSON", "1", "60", "1.00");
        assertThat(rows.get(4).subList(8, 13)).containsExactly("GROUP", "VIDEO", "1", "90", "1.50");
        assertThat(rows.get(5).subList(8, 13)).containsExactly("ALL", "ALL", "2", "150", "2.50");
        assertThat(csv).contains("\"Okafor, Renée \"\"Rae\"\"\"").contains("\"Jordan\nEllis\"");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    }
}
