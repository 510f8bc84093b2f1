package org.casenotes.supervision.host.clinic;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out only live connections: a pooled connection the server has dropped (a restart, an
 * outage) is closed and another one taken, so the first request after an outage succeeds.
 */
final class ValidatingDataSource implements DataSource {

    private static final int VALID_TIMEOUT_SECONDS = 2;
    private static final int ATTEMPTS = 25;

    private final DataSource pool;

    ValidatingDataSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Connection connection = pool.getConnection();
            try {
                if (connection.isValid(VALID_TIMEOUT_SECONDS)) {
                    return connection;
                }
            } catch (SQLException e) {
                last = e;
            }
            connection.close();
        }
        throw last != null ? last : new SQLException("no live database connection", "08006");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's credentials are fixed");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
