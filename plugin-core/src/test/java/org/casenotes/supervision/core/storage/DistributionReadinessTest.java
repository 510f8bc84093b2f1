package org.casenotes.supervision.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The schema and the statements can be distributed by organisation (Citus: {@code org_id} as the
 * distribution column): every key includes {@code org_id}, and every statement that reads or
 * changes rows names it, except the few operator-level ones listed here, which read every
 * organisation on purpose (anchors, verification, the outbox relay, the start-up checks).
 */
@Postgres
class DistributionReadinessTest {

    /** Tables with one row per database, not per organisation: Citus reference tables. */
    static final Set<String> REFERENCE_TABLES = Set.of("sr_audit_database", "sr_audit_legacy_head",
            "sr_schema_history");

    /** Statements that read every organisation by design, each by a fragment of its text. */
    static final Set<String> CROSS_ORGANISATION = Set.of(
            "SELECT org_id, last_seq, last_mac FROM sr_audit_chain\"",
            "FROM sr_audit_anchor_head h WHERE h.anchor_seq",
            "SELECT DISTINCT org_id FROM sr_audit_event\"",
            "WHERE legacy_seq IS NOT NULL",
            "FROM sr_audit_event WHERE legacy_seq IS NULL FETCH FIRST",
            "SELECT DISTINCT org_id, note_id FROM sr_event_outbox",
            "FROM sr_audit_legacy_head",
            "FROM sr_audit_database");

    private static final Pattern STATEMENT = Pattern.compile(
            "\"((?:SELECT|UPDATE|DELETE)[^;]*?\\bsr_\\w+[^;]*?)\"\\s*[;)+,]", Pattern.DOTALL);

    @Test
    void everyPrimaryKeyAndUniqueConstraintOfAnOrganisationTableIncludesOrgId() throws SQLException {
        DataSource database = TestDatabases.postgres();
        Migrations.migrate(database);
        List<String> missing = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT tc.table_name, tc.constraint_name, string_agg(kcu.column_name, ',') "
                        + "FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu "
                        + "ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema "
                        + "WHERE tc.table_schema = current_schema() AND tc.table_name LIKE 'sr\\_%' "
                        + "AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE') GROUP BY tc.table_name, tc.constraint_name");
                ResultSet rs = select.executeQuery()) {
            int keys = 0;
            while (rs.next()) {
                keys++;
                if (!REFERENCE_TABLES.contains(rs.getString(1)) && !List.of(rs.getString(3).split(",")).contains("org_id")) {
                    missing.add(rs.getString(1) + "." + rs.getString(2) + " (" + rs.getString(3) + ")");
                }
            }
            assertThat(keys).isGreaterThan(10);
        }
        assertThat(missing).as("keys without org_id").isEmpty();
    }

    @Test
    void everyStatementOnThePluginsTablesFiltersByOrganisation() throws IOException {
        List<String> unfiltered = new ArrayList<>();
        int statements = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source).replaceAll("\"\\s*\\+\\s*\"", "");
                Matcher statement = STATEMENT.matcher(text);
                while (statement.find()) {
                    statements++;
                    String sql = statement.group(1);
                    String quoted = "\"" + sql + "\"";
                    boolean allowed = CROSS_ORGANISATION.stream().anyMatch(quoted::contains);
                    if (!sql.contains("org_id") && !allowed) {
                        unfiltered.add(source.getFileName() + ": " + sql);
                    }
                }
            }
        }
        assertThat(statements).as("statements found").isGreaterThan(30);
        assertThat(unfiltered).as("statements without org_id").isEmpty();
    }
}
