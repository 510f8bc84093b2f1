package org.casenotes.supervision.core.testing;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.h2.command.Command;
import org.h2.command.query.Query;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * What H2 keeps parsed for a connection's session ({@code QUERY_CACHE_SIZE}), read from H2
 * 2.5.252's internals for tests only. Since H2 2.4 the first change a transaction makes to a
 * table has every cached statement that is a query rebuild its set of dependencies
 * ({@code SessionLocal.invalidateCachedResults}), so the queries cached here cost every write of
 * the session.
 */
public final class H2StatementCache {

    private H2StatementCache() {
    }

    /**
     * The statements kept parsed for the session of a connection.
     *
     * @param connection an H2 connection, or a pool's wrapper of one
     * @return each statement's text, least recently used first
     * @throws SQLException when the connection is no H2 connection
     */
    public static List<String> statements(Connection connection) throws SQLException {
        return cache(connection).keySet().stream().toList();
    }

    /**
     * The statements kept parsed for the session of a connection that H2 treats as queries.
     *
     * @param connection an H2 connection, or a pool's wrapper of one
     * @return each query's text
     * @throws SQLException when the connection is no H2 connection
     */
    public static List<String> queries(Connection connection) throws SQLException {
        return cache(connection).entrySet().stream().filter(e -> isQuery(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Command> cache(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        try {
            Field cache = SessionLocal.class.getDeclaredField("queryCache");
            cache.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, Command> statements = (Map<String, Command>) cache.get(session);
            return statements == null ? Map.of() : statements;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this H2 keeps no statement cache where 2.5.252 did", e);
        }
    }

    private static boolean isQuery(Command command) {
        try {
            Field prepared = command.getClass().getDeclaredField("prepared");
            prepared.setAccessible(true);
            return prepared.get(command) instanceof Query;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this H2's command holds no prepared statement where 2.5.252's did", e);
        }
    }
}
