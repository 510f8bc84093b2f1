package org.casenotes.supervision.core.meeting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.core.storage.Tx;

/** Statements with bound arguments, times and dates read and written alike on H2 and PostgreSQL. */
final class Sql {

    /** Maps the current row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static int update(Tx tx, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    static <T> List<T> query(Tx tx, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            bind(ps, args);
            List<T> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(row.map(rs));
                }
            }
            return found;
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Null kind) {
                ps.setNull(i + 1, kind.sqlType);
            } else if (arg instanceof Instant instant) {
                ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else if (arg instanceof Enum<?> value) {
                ps.setString(i + 1, value.name());
            } else {
                ps.setObject(i + 1, arg);
            }
        }
    }

    /** A typed SQL NULL, since drivers differ on untyped ones. */
    enum Null {
        TEXT(Types.VARCHAR), DATE(Types.DATE), TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE);

        private final int sqlType;

        Null(int sqlType) {
            this.sqlType = sqlType;
        }

        static Object orText(String value) {
            return value == null ? TEXT : value;
        }

        static Object orDate(LocalDate value) {
            return value == null ? DATE : value;
        }
    }
}
