package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casenotes.supervision.core.testing.RecordingStatements;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The heads an anchor covered are read in one pass over the anchor rows, however many anchors a
 * host has taken: every anchor and every verification reads them, so a read that visits each
 * organisation's rows once per row (a correlated {@code MAX}) grows with the square of the
 * anchors taken.
 */
class AnchorHeadsScaleH2Test {

    private static final int ORGANISATIONS = 3;
    private static final int ANCHORS = 150;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @Test
    void theHeadsOfAnAnchorAreTheLatestRowOfEachOrganisationReadInOnePass() throws Exception {
        RecordingStatements recording = new RecordingStatements(TestDatabases.h2());
        AuditFixture.over(recording.dataSource());
        try (Connection connection = recording.dataSource().getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sr_audit_anchor_head (org_id, anchor_seq, last_seq, last_mac) VALUES (?, ?, ?, ?)")) {
                for (int anchor = 1; anchor <= ANCHORS; anchor++) {
                    for (int org = 0; org < ORGANISATIONS; org++) {
                        if (org == 2 && anchor > 40) {
                            continue; // an organisation whose head stopped moving at anchor 40
                        }
                        insert.setString(1, "org-" + org);
                        insert.setLong(2, anchor * 1000L);
                        insert.setLong(3, anchor * 10L + org);
                        insert.setString(4, "%064d".formatted(anchor));
                        insert.executeUpdate();
                    }
                }
            }
            recording.start();
            TreeMap<String, ChainHead> heads = AnchorHeads.of(connection, 120_500L);
            List<RecordingStatements.Executed> executed = recording.stop();

            assertThat(heads).containsOnlyKeys("org-0", "org-1", "org-2");
            assertThat(heads.get("org-0").lastSeq()).isEqualTo(1200L);
            assertThat(heads.get("org-1").lastSeq()).isEqualTo(1201L);
            assertThat(heads.get("org-2").lastSeq()).as("the last row not above the anchor").isEqualTo(402L);
            assertThat(executed).hasSize(1);
            List<Integer> passes = entriesReadPerTableAccess(executed.get(0), connection);
            assertThat(passes).as("table accesses of the plan (a correlated subquery is a second one, run per row)")
                    .hasSize(1);
            assertThat(passes.get(0)).as("index entries read").isLessThanOrEqualTo(ANCHORS * ORGANISATIONS + 1);
        }
    }

    private static List<Integer> entriesReadPerTableAccess(RecordingStatements.Executed statement,
            Connection connection) throws Exception {
        try (PreparedStatement explain = statement.prepare(connection, "EXPLAIN ANALYZE ");
                ResultSet rs = explain.executeQuery()) {
            rs.next();
            List<Integer> counts = new java.util.ArrayList<>();
            Matcher matcher = SCAN_COUNT.matcher(rs.getString(1));
            while (matcher.find()) {
                counts.add(Integer.parseInt(matcher.group(1)));
            }
            return counts;
        }
    }
}
