package org.casenotes.supervision.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A data source over one physical H2 connection, lent to one borrower at a time (a pool of one
 * that, unlike H2's own {@code JdbcConnectionPool}, does not roll back on every return, which
 * would empty the session's statement cache): everything a test runs goes to one H2 session,
 * whose state can then be looked at. A borrower waits at most ten seconds. Thread-safe.
 */
public final class OneSession {

    private final Connection physical;
    private final Semaphore lent = new Semaphore(1, true);
    private final DataSource dataSource;

    /**
     * Opens a fresh in-memory H2 database with the settings the README gives hosts.
     *
     * @throws SQLException when H2 cannot open it
     */
    public OneSession() throws SQLException {
        JdbcDataSource h2 = (JdbcDataSource) TestDatabases.h2();
        physical = DriverManager.getConnection(h2.getURL(), h2.getUser(), "");
        // No connection of H2's data source is opened after this one: a second session opened
        // with the URL's settings would change the database's settings and empty the statement
        // cache of every session.
        dataSource = (DataSource) Proxy.newProxyInstance(OneSession.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return lend();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * The data source to hand to the code under test.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The one session's connection, for looking at once nothing else holds it.
     *
     * @return the physical connection; not to be closed
     */
    public Connection session() {
        return physical;
    }

    private Connection lend() throws SQLException {
        try {
            if (!lent.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new SQLException("the one connection was not given back within ten seconds", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the one connection", "08001", e);
        }
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(OneSession.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        if (!returned[0]) {
                            returned[0] = true;
                            lent.release();
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return returned[0];
                    }
                    if (returned[0]) {
                        throw new SQLException("the connection was given back", "08003");
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
