package org.casenotes.supervision.core.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's append-only guard on the audit table: refuses every UPDATE and DELETE it is attached
 * to. Public only because H2 instantiates trigger classes by name.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE "prohibited SQL-statement attempted", as an SQL routine would raise it. */
    private static final String PROHIBITED = "2F003";

    private String table = "the audit table";

    /** Creates the trigger; H2 calls this. */
    public AppendOnlyTrigger() {
        // H2 needs a public no-argument constructor.
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName,
            boolean before, int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(table + " is append-only: " + operation + " refused", PROHIBITED);
    }
}
