package org.casenotes.supervision.core.review;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.casenotes.supervision.api.error.ConflictException;

/**
 * Turns the ways a database reports a concurrent writer on the same row into a conflict.
 * PostgreSQL re-checks the version after the other writer commits and updates no row; H2 may
 * instead report a concurrent update (90131) or time out waiting for the row lock (HYT00).
 */
final class Concurrency {

    private Concurrency() {
    }

    static int update(PreparedStatement statement) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.equals("90131") || state.equals("HYT00") || state.equals("23505")
                    || state.equals("40001") || state.equals("40P01")) {
                throw conflict();
            }
            throw e;
        }
    }

    static ConflictException conflict() {
        return new ConflictException("the review was changed by someone else in the meantime; reload it and try again");
    }
}
