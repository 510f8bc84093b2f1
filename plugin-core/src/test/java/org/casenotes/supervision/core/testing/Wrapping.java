package org.casenotes.supervision.core.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that hands out its target's connections wrapped by a function. */
final class Wrapping {

    /** Wraps one connection as it is handed out; may refuse to hand it out. */
    @FunctionalInterface
    interface Wrap {
        Connection apply(Connection connection) throws SQLException;
    }

    private Wrapping() {
    }

    static DataSource dataSource(DataSource target, Wrap wrap) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return wrap.apply(target.getConnection());
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return wrap.apply(target.getConnection(user, password));
            }

            @Override
            public PrintWriter getLogWriter() throws SQLException {
                return target.getLogWriter();
            }

            @Override
            public void setLogWriter(PrintWriter out) throws SQLException {
                target.setLogWriter(out);
            }

            @Override
            public void setLoginTimeout(int seconds) throws SQLException {
                target.setLoginTimeout(seconds);
            }

            @Override
            public int getLoginTimeout() throws SQLException {
                return target.getLoginTimeout();
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                return target.getParentLogger();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                return target.unwrap(type);
            }

            @Override
            public boolean isWrapperFor(Class<?> type) throws SQLException {
                return target.isWrapperFor(type);
            }
        };
    }
}
