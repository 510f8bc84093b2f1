package org.casenotes.supervision.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A data source that records every prepared statement its connections execute, with the values
 * bound to it (each row of a batch as one execution), while recording is on; a recorded statement
 * can be prepared again, with the same values, on another connection. Thread-safe.
 */
public final class RecordingStatements {

    /**
     * One executed statement: its SQL text and its bound values in parameter order.
     *
     * @param sql the SQL text as prepared
     * @param values the setter calls, by parameter index
     */
    public record Executed(String sql, Map<Integer, Bound> values) {

        /**
         * The same values bound to another text with the same parameters, such as the change
         * inside a data change delta table.
         *
         * @param other the other text
         * @return the statement with that text
         */
        public Executed withSql(String other) {
            return new Executed(other, values);
        }

        /**
         * The statement as the query it asks: H2's {@code CALL} of a row subquery, the form the
         * module reads in on H2 ({@code Dialect.H2}), as the {@code SELECT} inside it, with
         * the same parameters; any other statement as it is.
         *
         * @return the statement, with {@code CALL (SELECT ROW(a, b) FROM t ...)} and {@code CALL
         *     ARRAY(SELECT ROW(a, b) FROM t ...)} as {@code SELECT a, b FROM t ...}
         */
        public Executed asQuery() {
            return new Executed(query(sql), values);
        }

        /**
         * {@link #asQuery()} of a statement's text.
         *
         * @param sql the text
         * @return the query it asks
         */
        public static String query(String sql) {
            String text = sql.strip();
            if (!text.startsWith("CALL ")) {
                return sql;
            }
            Matcher call = H2_CALL.matcher(text);
            if (!call.matches()) {
                throw new IllegalArgumentException("a CALL not in the module's H2 read form: " + text);
            }
            return "SELECT " + call.group(1) + " FROM " + call.group(2);
        }

        private static final Pattern H2_CALL = Pattern.compile(
                "CALL (?:ARRAY)?\\(SELECT ROW\\(([^()]*)\\) FROM (.*)\\)", Pattern.DOTALL);

        /**
         * Prepares a statement on a connection and binds the recorded values to it.
         *
         * @param connection where to prepare it
         * @param prefix what to put before the recorded text, e.g. {@code "EXPLAIN ANALYZE "}
         * @return the statement, ready to execute
         * @throws SQLException when the database refuses the text or a value
         */

        public PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(prefix + sql);
            for (Bound bound : values.values()) {
                try {
                    bound.setter().invoke(statement, bound.arguments());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof SQLException refused) {
                        throw refused;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return statement;
        }
    }

    /**
     * One setter call on a prepared statement.
     *
     * @param setter the {@code PreparedStatement} method, e.g. {@code setString}
     * @param arguments its arguments, the parameter index first
     */
    public record Bound(Method setter, Object[] arguments) {
    }

    private final DataSource dataSource;
    private final List<Executed> executed = new ArrayList<>();
    private volatile boolean recording;
    private volatile boolean transactionEnds;

    /** The text recorded for a commit by {@link #startWithTransactionEnds()}. */
    public static final String COMMIT = "COMMIT";
    /** The text recorded for a rollback by {@link #startWithTransactionEnds()}. */
    public static final String ROLLBACK = "ROLLBACK";

    /**
     * Records the statements run on connections of a data source.
     *
     * @param target the real data source
     */
    public RecordingStatements(DataSource target) {
        this.dataSource = Wrapping.dataSource(target, this::wrap);
    }

    /**
     * The data source to hand to the code under test.
     *
     * @return the recording data source
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Starts recording, forgetting what was recorded before. */
    public void start() {
        transactionEnds = false;
        begin();
    }

    /**
     * Starts recording, forgetting what was recorded before, with each commit and rollback
     * recorded too (as {@link #COMMIT} and {@link #ROLLBACK}, without values), so that the
     * statements can be split into their transactions.
     */
    public void startWithTransactionEnds() {
        transactionEnds = true;
        begin();
    }

    private void begin() {
        synchronized (executed) {
            executed.clear();
        }
        recording = true;
    }

    /**
     * Stops recording.
     *
     * @return the statements executed since {@link #start()}, in order
     */
    public List<Executed> stop() {
        recording = false;
        synchronized (executed) {
            return List.copyOf(executed);
        }
    }

    private Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (recording && transactionEnds && args == null
                    && (method.getName().equals("commit") || method.getName().equals("rollback"))) {
                synchronized (executed) {
                    executed.add(new Executed(method.getName().equals("commit") ? COMMIT : ROLLBACK, Map.of()));
                }
            }
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
                return recordingStatement(statement, (String) args[0]);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private PreparedStatement recordingStatement(PreparedStatement statement, String sql) {
        Map<Integer, Bound> values = new TreeMap<>();
        List<Executed> batch = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index
                    && method.getDeclaringClass() == PreparedStatement.class) {
                values.put(index, new Bound(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                values.clear();
            } else if (name.equals("addBatch") && args == null) {
                batch.add(new Executed(sql, java.util.Collections.unmodifiableMap(new TreeMap<>(values))));
            } else if (name.equals("clearBatch")) {
                batch.clear();
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                // Each row of a batch is recorded as one execution, in the order it was added.
                if (recording) {
                    synchronized (executed) {
                        executed.addAll(batch);
                    }
                }
                batch.clear();
            } else if (recording && (name.equals("execute") || name.equals("executeQuery")
                    || name.equals("executeUpdate") || name.equals("executeLargeUpdate")) && args == null) {
                synchronized (executed) {
                    executed.add(new Executed(sql, java.util.Collections.unmodifiableMap(new TreeMap<>(values))));
                }
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
