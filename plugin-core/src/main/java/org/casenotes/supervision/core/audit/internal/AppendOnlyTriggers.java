package org.casenotes.supervision.core.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets an H2 database drop its instance of the plugin's append-only trigger. H2 keeps the
 * trigger object it made for as long as the database is open, and that object holds the
 * plugin's class loader; so when the plugin lets go of H2 (the last module closes), the
 * trigger is created again with {@code FORCE} while H2 can no longer load the class. H2 then
 * holds only the class name and loads it again, from the plugin loaded next, on the first
 * UPDATE or DELETE; with no plugin loaded that statement fails, so the guard stays closed.
 */
final class AppendOnlyTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(AppendOnlyTriggers.class);
    private static final String NAME = "SR_AUDIT_EVENT_APPEND_ONLY";
    private static final String CREATE = "CREATE FORCE TRIGGER sr_audit_event_append_only BEFORE UPDATE, DELETE"
            + " ON sr_audit_event FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'";

    private AppendOnlyTriggers() {
    }

    /**
     * Re-creates the trigger without loading its class, when the database is H2 and has it.
     *
     * @param dataSource the database a module used
     */
    static void forget(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("h2") || !exists(connection)) {
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER sr_audit_event_append_only");
                statement.execute(CREATE);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | RuntimeException e) {
            // The database may be closed already, which frees the trigger too.
            LOG.debug("the H2 append-only trigger was left as it is: {}", e.getClass().getSimpleName());
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS"
                + " WHERE TRIGGER_NAME = ? AND TRIGGER_SCHEMA = SCHEMA()")) {
            select.setString(1, NAME);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        }
    }
}
