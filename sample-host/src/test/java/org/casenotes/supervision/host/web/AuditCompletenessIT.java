package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated from the table "Audit events by operation" in docs/RELIABILITY.md: every row's
 * request is made against the running host and must write exactly the event the row names.
 */
class AuditCompletenessIT {

    private static final Path TABLE = Path.of("../docs/RELIABILITY.md");
    private static final Pattern REQUEST = Pattern.compile(
            "(GET|POST) (\\S+) as (\\S+)( with a wrong password)?");

    @TempDir
    static Path temp;

    static RunningHost host;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.start(temp);
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    record Row(String operation, String request, String action, String detail) {
    }

    @Test
    void everyOperationInTheTableWritesItsEvent() throws Exception {
        List<Row> rows = rows();
        assertThat(rows).as("rows of the table").hasSizeGreaterThanOrEqualTo(4);
        for (Row row : rows) {
            Set<String> before = eventKeys();
            perform(row);
            List<String[]> written = newEvents(before);
            assertThat(written).as("events written by '%s'", row.operation())
                    .anySatisfy(event -> {
                        assertThat(event[0]).isEqualTo(row.action());
                        if (!row.detail().equals("-")) {
                            assertThat(event[1]).startsWith(row.detail());
                        }
                    });
            assertThat(written).as("'%s' is never recorded as the refused action", row.operation())
                    .allSatisfy(event -> {
                        if (row.action().equals("REFUSED")) {
                            assertThat(event[0]).isEqualTo("REFUSED");
                        }
                    });
        }
    }

    private static void perform(Row row) {
        Matcher request = REQUEST.matcher(row.request());
        assertThat(request.matches()).as("request '%s'", row.request()).isTrue();
        String path = request.group(2);
        String user = request.group(3);
        boolean wrongPassword = request.group(4) != null;
        ApiClient client = host.client();
        if (path.equals("/api/login")) {
            client.post("/api/login", "{\"userId\":\"" + user + "\",\"password\":\""
                    + (wrongPassword ? "not-the-password" : "demo") + "\"}");
            return;
        }
        assertThat(client.login(user, "demo").status()).isEqualTo(200);
        Set<String> afterSignIn;
        try {
            afterSignIn = eventKeys();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(afterSignIn).isNotEmpty();
        if (request.group(1).equals("GET")) {
            client.get(path);
        } else {
            client.post(path, "{}");
        }
    }

    private static List<Row> rows() throws Exception {
        String doc = Files.readString(TABLE);
        String table = doc.substring(doc.indexOf("<!-- audit-table:start -->"), doc.indexOf("<!-- audit-table:end -->"));
        List<Row> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| operation") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            rows.add(new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim()));
        }
        return rows;
    }

    private static Set<String> eventKeys() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection c = host.server().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT org_id, seq FROM sr_audit_event")) {
            while (rs.next()) {
                keys.add(rs.getString(1) + "#" + rs.getLong(2));
            }
        }
        return keys;
    }

    private static List<String[]> newEvents(Set<String> before) throws SQLException {
        List<String[]> events = new ArrayList<>();
        try (Connection c = host.server().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT org_id, seq, action, detail FROM sr_audit_event")) {
            while (rs.next()) {
                if (!before.contains(rs.getString(1) + "#" + rs.getLong(2))) {
                    events.add(new String[] {rs.getString(3), rs.getString(4)});
                }
            }
        }
        return events;
    }
}
