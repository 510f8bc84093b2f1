package org.casenotes.supervision.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Tx#readLocked} holds the rows it read until the transaction ends, in both of its forms,
 * and reads them as they are: another transaction that asks for the same rows waits (here: its
 * lock times out), one that asks for other rows does not.
 */
class RowLockTest {

    /** An H2 database kept in memory with table {@code t}: rows a (v 1) and b (v 2). */
    private static String database(int lockTimeoutMillis) throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=" + lockTimeoutMillis;
        try (Connection setup = DriverManager.getConnection(url, "sa", ""); Statement ddl = setup.createStatement()) {
            ddl.execute("CREATE TABLE t (k VARCHAR(8) PRIMARY KEY, v INTEGER NOT NULL, note VARCHAR(8))");
            ddl.execute("INSERT INTO t VALUES ('a', 1, 'x'), ('b', 2, 'y')");
        }
        return url;
    }

    private static Connection open(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url, "sa", "");
        connection.setAutoCommit(false);
        return connection;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLockedRowIsHeldUntilCommitAndOtherRowsAreFree(Dialect style) throws SQLException {
        String url = database(200);
        try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
            try (Connection first = open(url); Connection second = open(url)) {
                Tx holder = new Tx(first, style);
                Tx other = new Tx(second, style);
                assertThat(read(holder, "a")).isEqualTo(1);

                assertThatThrownBy(() -> read(other, "a"))
                        .as("the same row waits for the holder (and times out)")
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("HYT00"));
                second.rollback();
                assertThat(read(other, "b")).as("another row is free").isEqualTo(2);
                second.rollback();

                first.commit();
                assertThat(read(other, "a")).as("free once the holder committed").isEqualTo(1);
                second.commit();
            }
            try (Statement check = setup.createStatement();
                    java.sql.ResultSet rs = check.executeQuery("SELECT note FROM t WHERE k = 'a'")) {
                rs.next();
                assertThat(rs.getString(1)).as("the lock changed nothing").isEqualTo("x");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aReaderThatWaitedForTheLockReadsWhatTheHolderCommitted(Dialect style) throws Exception {
        String url = database(10000);
        try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
            try (Connection first = open(url); Connection second = open(url)) {
                Tx holder = new Tx(first, style);
                assertThat(read(holder, "a")).isEqualTo(1);
                java.util.concurrent.CompletableFuture<Integer> waiter = java.util.concurrent.CompletableFuture
                        .supplyAsync(() -> {
                            try {
                                return read(new Tx(second, style), "a");
                            } catch (SQLException e) {
                                throw new java.util.concurrent.CompletionException(e);
                            }
                        });
                awaitBlocked(setup);
                try (Statement change = first.createStatement()) {
                    change.executeUpdate("UPDATE t SET v = 2 WHERE k = 'a'");
                }
                first.commit();

                assertThat(waiter.get(10, java.util.concurrent.TimeUnit.SECONDS))
                        .as("the waiter reads the row as the holder committed it").isEqualTo(2);
                second.commit();
            }
        }
    }

    /** Waits until some session of the database waits for another's lock. */
    private static void awaitBlocked(Connection setup) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Statement check = setup.createStatement(); java.sql.ResultSet rs = check.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the second reader never waited for the lock");
    }

    @org.junit.jupiter.api.Test
    void h2LocksAndReadsThroughANoOpUpdateAndPostgresBySelectForUpdate() {
        assertThat(Dialect.of("H2")).isEqualTo(Dialect.H2);
        assertThat(Dialect.of("PostgreSQL")).isEqualTo(Dialect.STANDARD);
    }

    private static int read(Tx tx, String key) throws SQLException {
        return tx.readLocked("v", "t", "note", "k = ?", List.of(key), rs -> rs.getInt(1)).orElse(-1);
    }
}
