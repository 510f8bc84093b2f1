package org.casenotes.supervision.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorder sees each row of a batch, in order, with its own values; a cleared batch not at all. */
class RecordingStatementsTest {

    @Test
    void eachRowOfAnExecutedBatchIsRecordedInOrderWithItsValuesAndAClearedBatchIsNot() throws SQLException {
        RecordingStatements recording = new RecordingStatements(TestDatabases.h2());
        try (Connection c = recording.dataSource().getConnection(); Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v VARCHAR(8))");
            recording.start();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (k, v) VALUES (?, ?)")) {
                insert.setInt(1, 9);
                insert.setString(2, "dropped");
                insert.addBatch();
                insert.clearBatch();
                for (int k = 1; k <= 3; k++) {
                    insert.setInt(1, k);
                    insert.setString(2, "v" + k);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        List<RecordingStatements.Executed> executed = recording.stop();

        assertThat(executed).extracting(e -> e.values().get(1).arguments()[1] + "=" + e.values().get(2).arguments()[1])
                .containsExactly("1=v1", "2=v2", "3=v3");
        assertThat(executed).allMatch(e -> e.sql().startsWith("INSERT INTO t"));
    }
}
