package org.casenotes.supervision.host.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.junit.jupiter.api.Test;

/** The host's event inbox on its own H2 database. */
class ClinicEventLogTest {

    @Test
    void eachEventIsAppendedOnceWithItsTypeNoteAndTimeAndTheSchemaCanBeCreatedAgain() throws Exception {
        try (ClinicDatabase database = ClinicDatabase.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            ClinicSchema.create(database.dataSource());
            ClinicSchema.create(database.dataSource());
            ClinicEventLog log = new ClinicEventLog(database.dataSource());
            Instant at = Instant.parse("2026-03-02T10:15:30Z");

            log.onEvent(new ReviewEvent.Submitted("org-1", "note-7", "clinician-1", at, LocalDate.of(2026, 3, 9)));
            log.onEvent(new ReviewEvent.CoSigned("org-1", "note-7", "clinician-1", at.plusSeconds(60), "supervisor-1", null));

            List<String> rows = new ArrayList<>();
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT org_id, event_type, note_id, occurred_at FROM clinic_event"
                            + " ORDER BY occurred_at")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getTimestamp(4).toInstant());
                }
            }
            assertThat(rows).containsExactly("org-1 Submitted note-7 2026-03-02T10:15:30Z",
                    "org-1 CoSigned note-7 2026-03-02T10:16:30Z");
        }
    }
}
