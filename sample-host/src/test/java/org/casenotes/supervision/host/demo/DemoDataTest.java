package org.casenotes.supervision.host.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.UUID;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.casenotes.supervision.host.clinic.ClinicSchema;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void seedingTwiceChangesNothingTheSecondTime() throws Exception {
        try (ClinicDatabase db = ClinicDatabase.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            ClinicSchema.create(db.dataSource());
            assertThat(DemoData.seedHostTables(db.dataSource(), TODAY)).isPositive();
            String before = fingerprint(db);
            assertThat(DemoData.seedHostTables(db.dataSource(), TODAY)).isZero();
            assertThat(fingerprint(db)).isEqualTo(before);
        }
    }

    @Test
    void theDemoPracticeHasEightWeeksOfWeeklyNotesUpToToday() {
        var notes = DemoData.notes(TODAY);
        assertThat(notes).allSatisfy(n -> assertThat(n.sessionDate()).isBetween(TODAY.minusWeeks(8), TODAY));
        assertThat(notes.stream().filter(n -> n.clientId().equals("client-01"))).hasSizeBetween(8, 9);
        assertThat(notes.stream().map(DemoNote::org).distinct()).containsExactlyInAnyOrder("org-1", "org-2");
    }

    @Test
    void clientNamesSpanSeveralScripts() {
        String names = DemoPeople.CLIENTS.stream().map(c -> c.given() + " " + c.family())
                .reduce("", String::concat);
        assertThat(names).matches(".*\\p{IsGreek}.*").matches(".*\\p{IsCyrillic}.*")
                .matches(".*\\p{IsHebrew}.*").contains("ř");
    }

    private static String fingerprint(ClinicDatabase db) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.dataSource().getConnection()) {
            for (String table : new String[] {"clinic_user", "clinic_assignment", "clinic_client", "clinic_note"}) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.append(table).append('=').append(rs.getLong(1)).append(';');
                }
            }
        }
        return out.toString();
    }
}
