package org.casenotes.supervision.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The schema can be distributed by organisation (Citus: {@code org_id} as the distribution
 * column): every primary key and unique constraint of a per-organisation table includes
 * {@code org_id}, asked of PostgreSQL's catalog. The statements are checked at run time, by their
 * PostgreSQL plans, in {@code review.StatementDistributionPostgresTest}.
 */
@Postgres
class DistributionReadinessTest {

    /** Tables with one row per database, not per organisation: Citus reference tables. */
    static final Set<String> REFERENCE_TABLES = Set.of("sr_audit_database", "sr_audit_legacy_head",
            "sr_schema_history");

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
}
