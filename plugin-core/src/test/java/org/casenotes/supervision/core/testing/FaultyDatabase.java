package org.casenotes.supervision.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that breaks on cue: armed with a fault and a count, the count-th statement
 * executed (or commit) after arming fails as a lost connection would, either by throwing or by
 * closing the connection under the running transaction. Healed, it passes everything through.
 * Thread-safe.
 */
public final class FaultyDatabase {

    /** How the database goes away. */
    public enum Fault {
        /** The statement fails with a connection-failure SQLState. */
        STATEMENT_FAILS,
        /** The connection is closed under the transaction, then the statement fails. */
        CONNECTION_CLOSED,
        /** Every statement succeeds but the commit fails. */
        COMMIT_FAILS,
        /** No connection can be opened. */
        UNREACHABLE
    }

    private final DataSource target;
    private volatile Fault fault;
    private final AtomicInteger countdown = new AtomicInteger();
    private final AtomicInteger injected = new AtomicInteger();

    /**
     * Wraps a healthy data source.
     *
     * @param target the real data source
     */
    public FaultyDatabase(DataSource target) {
        this.target = target;
    }

    /**
     * Breaks the n-th statement (or commit, or connection) from now on.
     *
     * @param fault how it breaks
     * @param n which one, from 1
     */
    public void arm(Fault fault, int n) {
        countdown.set(n);
        this.fault = fault;
    }

    /** Lets everything through again. */
    public void heal() {
        fault = null;
    }

    /**
     * Whether the armed fault has struck since it was armed.
     *
     * @return true once it struck
     */
    public boolean struck() {
        return countdown.get() <= 0;
    }

    /**
     * How many faults were injected in all.
     *
     * @return the count
     */
    public int injected() {
        return injected.get();
    }

    /**
     * The data source to give the module.
     *
     * @return the faulty data source
     */
    public DataSource dataSource() {
        return Wrapping.dataSource(target, real -> {
            if (strikes(Fault.UNREACHABLE)) {
                closeQuietly(real);
                throw new SQLException("the database does not answer", "08001");
            }
            return (Connection) Proxy.newProxyInstance(FaultyDatabase.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new ConnectionHandler(real));
        });
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // it is being thrown away
        }
    }

    private boolean strikes(Fault kind) {
        if (fault == kind && countdown.decrementAndGet() == 0) {
            injected.incrementAndGet();
            return true;
        }
        return false;
    }

    private static SQLException lost() {
        return new SQLException("the connection to the database was lost", "08006");
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection real;

        ConnectionHandler(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("commit") && strikes(Fault.COMMIT_FAILS)) {
                throw lost();
            }
            Object result = call(real, method, args);
            if (result instanceof Statement statement) {
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(FaultyDatabase.class.getClassLoader(), new Class<?>[] {type},
                        new StatementHandler(real, statement));
            }
            return result;
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final Connection connection;
        private final Statement real;

        StatementHandler(Connection connection, Statement real) {
            this.connection = connection;
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().startsWith("execute")) {
                if (strikes(Fault.STATEMENT_FAILS)) {
                    throw lost();
                }
                if (strikes(Fault.CONNECTION_CLOSED)) {
                    connection.close();
                    throw lost();
                }
            }
            return call(real, method, args);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
