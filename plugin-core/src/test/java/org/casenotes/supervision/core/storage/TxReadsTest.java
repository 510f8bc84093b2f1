package org.casenotes.supervision.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casenotes.supervision.core.testing.H2StatementCache;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Tx}'s reads in both dialects over H2: {@link Dialect#H2}'s {@code CALL} of a row
 * subquery reads exactly what a plain {@code SELECT} reads, for every column type the module
 * stores, null or not, and sees changes as a {@code SELECT} does; and H2 keeps it parsed but
 * never as a query that its bookkeeping of cached results walks at each first change of a table.
 */
class TxReadsTest {

    private static final String COLUMNS = "txt, big_text, num, big, flag, on_day, at_time";
    /** One H2 database with table {@code t}, shared by the tests of this class (run one at a time). */
    private static Connection database;

    private static synchronized Connection shared() throws SQLException {
        if (database == null) {
            Connection opened = h2();
            try (Statement ddl = opened.createStatement()) {
                ddl.execute("CREATE TABLE t (org_id VARCHAR(16) NOT NULL, k VARCHAR(40) NOT NULL, txt VARCHAR(200),"
                        + " big_text TEXT, num INTEGER, big BIGINT, flag BOOLEAN, on_day DATE, at_time TIMESTAMP WITH TIME ZONE,"
                        + " touched VARCHAR(8), PRIMARY KEY (org_id, k))");
            }
            opened.setAutoCommit(false);
            database = opened;
        }
        return database;
    }

    private static Connection h2() throws SQLException {
        return TestDatabases.h2().getConnection();
    }

    /** One row's values as they are stored, nulls included. */
    record Values(String txt, String bigText, Integer num, Long big, Boolean flag, LocalDate day, OffsetDateTime at) {
    }

    @Provide
    Arbitrary<Values> values() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(200)
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))).injectNull(0.2);
        Arbitrary<String> bigText = Arbitraries.strings().all().ofMaxLength(20_000)
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))).injectNull(0.2);
        Arbitrary<Integer> num = Arbitraries.integers().injectNull(0.2);
        Arbitrary<Long> big = Arbitraries.longs().injectNull(0.2);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.2);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(-200_000, 200_000)
                .map(d -> LocalDate.ofEpochDay(d)).injectNull(0.2);
        Arbitrary<OffsetDateTime> at = Combinators.combine(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
                Arbitraries.integers().between(0, 999_999), Arbitraries.integers().between(-18 * 4, 18 * 4))
                .as((seconds, micros, quarters) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds,
                        micros * 1000L), ZoneOffset.ofTotalSeconds(quarters * 15 * 60))).injectNull(0.2);
        return Combinators.combine(text, bigText, num, big, flag, day, at).as(Values::new);
    }

    @Property(tries = 200)
    void everyReadOfH2sFormReturnsWhatAPlainSelectReturns(@ForAll("values") Values stored) throws SQLException {
        Connection connection = shared();
        String key = UUID.randomUUID().toString();
        insert(key, stored);
        connection.commit();
        Tx h2 = new Tx(connection, Dialect.H2);
        Tx standard = new Tx(connection, Dialect.STANDARD);
        List<?> keys = List.of("org-a", key);
        String from = "t WHERE org_id = ? AND k = ?";

        Optional<List<Object>> plain = standard.selectOne(COLUMNS, from, keys, TxReadsTest::row);
        assertThat(plain).as("the plain SELECT's row").isPresent();
        assertThat(plain.get()).isEqualTo(asRead(stored));
        assertThat(h2.selectOne(COLUMNS, from, keys, TxReadsTest::row)).isEqualTo(plain);
        assertThat(h2.readLocked(COLUMNS, "t", "touched", "org_id = ? AND k = ?", keys, TxReadsTest::row)).isEqualTo(plain);
        assertThat(h2.deleteReturning(COLUMNS, "t", "org_id = ? AND k = ?", keys, TxReadsTest::row))
                .containsExactly(plain.get());
        assertThat(h2.selectOne(COLUMNS, from, keys, TxReadsTest::row)).as("deleted").isEmpty();
        connection.rollback();
        assertThat(standard.selectOne(COLUMNS, from, keys, TxReadsTest::row)).as("back after the rollback").isEqualTo(plain);
        connection.commit();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMissingRowIsEmptyAndAConditionMatchingTwoRowsFails(Dialect dialect) throws SQLException {
        try (Connection connection = databaseOf(dialect)) {
            Tx tx = new Tx(connection, dialect);
            assertThat(tx.selectOne("num", "t WHERE org_id = ? AND k = ?", List.of("org-a", "none"), r -> r.getInt(1)))
                    .isEmpty();
            assertThat(tx.readLocked("num", "t", "touched", "org_id = ? AND k = ?", List.of("org-a", "none"),
                    r -> r.getInt(1))).isEmpty();
            assertThat(tx.deleteReturning("num", "t", "org_id = ? AND k = ?", List.of("org-a", "none"),
                    r -> r.getInt(1))).isEmpty();
            assertThatThrownBy(() -> tx.selectOne("num", "t WHERE org_id = ? AND k LIKE ?", List.of("org-a", "row-%"),
                    r -> r.getInt(1))).as("a read by key that matched two rows").isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("21000", "90053"));
            connection.rollback();
            assertThatThrownBy(() -> tx.readLocked("num", "t", "touched", "org_id = ? AND k LIKE ?",
                    List.of("org-a", "row-%"), r -> r.getInt(1))).as("a locked read by key that matched two rows")
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            assertThat(tx.deleteReturning("num", "t", "org_id = ? AND k LIKE ?", List.of("org-a", "row-%"),
                    r -> r.getInt(1))).as("every deleted row").containsExactlyInAnyOrder(1, 2);
            connection.rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRepeatedReadSeesThisTransactionsChangesAndOthersCommits(Dialect dialect) throws SQLException {
        try (Connection connection = databaseOf(dialect)) {
            Tx tx = new Tx(connection, dialect);
            List<?> keys = List.of("org-a", "row-1");
            String from = "t WHERE org_id = ? AND k = ?";
            assertThat(tx.selectOne("num", from, keys, r -> r.getInt(1))).contains(1);
            assertThat(tx.selectOne("num", from, keys, r -> r.getInt(1))).contains(1);
            setNum(connection, "row-1", 2);
            assertThat(tx.selectOne("num", from, keys, r -> r.getInt(1))).as("after this transaction's own change")
                    .contains(2);
            connection.commit();
            try (Connection other = sibling.get()) {
                other.setAutoCommit(true);
                setNum(other, "row-1", 3);
            }
            assertThat(tx.selectOne("num", from, keys, r -> r.getInt(1))).as("after another session's commit")
                    .contains(3);
            connection.commit();
        }
    }

    /** Opens a second connection to the database {@link #databaseOf} opened last. */
    private static SqlSupplier sibling;

    @FunctionalInterface
    private interface SqlSupplier {
        Connection get() throws SQLException;
    }

    /**
     * A fresh database of the dialect's kind (H2; PostgreSQL for {@link Dialect#STANDARD}) with
     * table {@code t} holding rows row-1 (num 1) and row-2 (num 2), auto-commit off.
     */
    private static Connection databaseOf(Dialect dialect) throws SQLException {
        DataSource database = dialect == Dialect.H2 ? TestDatabases.h2() : TestDatabases.postgres();
        sibling = database::getConnection;
        Connection connection = sibling.get();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE t (org_id VARCHAR(16) NOT NULL, k VARCHAR(40) NOT NULL, num INTEGER,"
                    + " touched VARCHAR(8), PRIMARY KEY (org_id, k))");
            ddl.execute("INSERT INTO t (org_id, k, num) VALUES ('org-a', 'row-1', 1), ('org-a', 'row-2', 2)");
        }
        connection.setAutoCommit(false);
        return connection;
    }

    @Test
    void h2KeepsTheModulesReadsParsedButNoneAsAQueryItsResultBookkeepingWalks() throws Exception {
        try (Connection fresh = h2()) {
            try (Statement ddl = fresh.createStatement()) {
                ddl.execute("CREATE TABLE t (org_id VARCHAR(16), k VARCHAR(40), num INTEGER, touched VARCHAR(8),"
                        + " PRIMARY KEY (org_id, k))");
                ddl.execute("INSERT INTO t VALUES ('org-a', 'x', 1, NULL), ('org-a', 'y', 2, NULL)");
            }
            fresh.setAutoCommit(false);
            Tx tx = new Tx(fresh, Dialect.H2);
            List<?> x = List.of("org-a", "x");
            tx.selectOne("num", "t WHERE org_id = ? AND k = ?", x, r -> r.getInt(1));
            tx.readLocked("num", "t", "touched", "org_id = ? AND k = ?", x, r -> r.getInt(1));
            tx.deleteReturning("num", "t", "org_id = ? AND k = ?", List.of("org-a", "y"), r -> r.getInt(1));
            fresh.commit();

            assertThat(H2StatementCache.statements(fresh)).as("the three reads, kept parsed")
                    .filteredOn(sql -> sql.startsWith("CALL ")).hasSize(3);
            assertThat(H2StatementCache.queries(fresh))
                    .as("queries in H2's statement cache, each walked at every first change of a table").isEmpty();

            // The same reads as plain SELECTs are kept as queries: what the test above would see.
            Tx standard = new Tx(fresh, Dialect.STANDARD);
            standard.selectOne("num", "t WHERE org_id = ? AND k = ?", x, r -> r.getInt(1));
            fresh.commit();
            assertThat(H2StatementCache.queries(fresh)).hasSize(1);
        }
    }

    private static void setNum(Connection on, String key, int num) throws SQLException {
        try (PreparedStatement update = on.prepareStatement("UPDATE t SET num = ? WHERE org_id = 'org-a' AND k = ?")) {
            update.setInt(1, num);
            update.setString(2, key);
            assertThat(update.executeUpdate()).isOne();
        }
    }

    private static void insert(String key, Values v) throws SQLException {
        try (PreparedStatement insert = shared().prepareStatement("INSERT INTO t (org_id, k, txt, big_text, num, big,"
                + " flag, on_day, at_time) VALUES ('org-a', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, v.txt());
            insert.setString(3, v.bigText());
            insert.setObject(4, v.num());
            insert.setObject(5, v.big());
            insert.setObject(6, v.flag());
            insert.setObject(7, v.day());
            insert.setObject(8, v.at());
            insert.executeUpdate();
        }
    }

    /** The row as the module's readers read it: strings, numbers, booleans and times by type. */
    private static List<Object> row(ResultSet r) throws SQLException {
        List<Object> values = new ArrayList<>(Arrays.asList(r.getString(1), r.getString(2), r.getObject(3, Integer.class),
                r.getObject(4, Long.class), r.getObject(5, Boolean.class), r.getObject(6, LocalDate.class),
                r.getObject(7, OffsetDateTime.class)));
        values.add(r.getInt(3));
        values.add(r.wasNull());
        values.add(r.getBoolean(5));
        return values;
    }

    private static List<Object> asRead(Values v) {
        List<Object> values = new ArrayList<>(Arrays.asList(v.txt(), v.bigText(), v.num(), v.big(), v.flag(), v.day(),
                v.at()));
        values.add(v.num() == null ? 0 : v.num());
        values.add(v.num() == null);
        values.add(Boolean.TRUE.equals(v.flag()));
        return values;
    }
}
