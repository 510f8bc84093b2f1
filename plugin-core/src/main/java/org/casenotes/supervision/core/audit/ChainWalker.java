package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.crypto.SecretKey;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.AuditVerification;

/**
 * Walks the chain in sequence order from a known-good point and stops at the first event that
 * does not follow: a missing number, a MAC that does not match, or an authentic event whose
 * previous MAC is not the one before it. Streams the rows; memory does not grow with the chain.
 */
final class ChainWalker {

    private static final int FETCH_SIZE = 500;

    /**
     * Where a walk ended.
     *
     * @param lastSeq the last sequence number that verified
     * @param lastMac its MAC
     * @param watchedMac the MAC seen at the watched sequence number, or {@code null}
     * @param problem the first problem, or {@code null} when every row verified
     */
    record Walk(long lastSeq, String lastMac, String watchedMac, AuditVerification problem) {
    }

    private final SecretKey key;

    ChainWalker(SecretKey key) {
        this.key = key;
    }

    /**
     * Walks the rows after a known-good event.
     *
     * @param connection a connection in a transaction (PostgreSQL streams only then)
     * @param fromSeq the known-good event's number; 0 for the start of the chain
     * @param fromMac its MAC; {@link ChainMac#GENESIS} for the start
     * @param upToSeq the last number to walk, inclusive
     * @param watchSeq a number whose MAC to remember, or -1
     */
    Walk walk(Connection connection, long fromSeq, String fromMac, long upToSeq, long watchSeq)
            throws SQLException {
        ChainMac mac = new ChainMac(key);
        long expected = fromSeq + 1;
        String previous = fromMac;
        String watched = watchSeq == fromSeq ? fromMac : null;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ChainRow.COLUMNS
                + " FROM sr_audit_event WHERE seq > ? AND seq <= ? ORDER BY seq")) {
            select.setFetchSize(FETCH_SIZE);
            select.setLong(1, fromSeq);
            select.setLong(2, upToSeq);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ChainRow row = ChainRow.read(rs);
                    AuditVerification problem = check(connection, mac, row, expected, previous);
                    if (problem != null) {
                        return new Walk(expected - 1, previous, watched, problem);
                    }
                    if (row.seq() == watchSeq) {
                        watched = row.entryMac();
                    }
                    previous = row.entryMac();
                    expected++;
                }
            }
        }
        return new Walk(expected - 1, previous, watched, null);
    }

    private static AuditVerification check(Connection connection, ChainMac mac, ChainRow row,
            long expected, String previous) throws SQLException {
        long read = expected - 1;
        if (row.seq() > expected) {
            return AuditVerification.broken(read, expected, AuditProblem.MISSING,
                    "audit event #" + expected + " is missing: deleted from the chain");
        }
        if (row.seq() < expected) {
            return AuditVerification.broken(read, row.seq(), AuditProblem.INSERTED,
                    "audit event #" + row.seq() + " stands before the start of the chain: inserted");
        }
        if (!ChainMac.same(mac.of(row), row.entryMac())) {
            return AuditVerification.broken(read, row.seq(), AuditProblem.ALTERED,
                    "audit event #" + row.seq() + " does not match its MAC: altered, or forged without the key");
        }
        if (!ChainMac.same(row.prevMac(), previous)) {
            if (appearsEarlier(connection, row)) {
                return AuditVerification.broken(read, row.seq(), AuditProblem.INSERTED,
                        "audit event #" + row.seq() + " is a copy of an earlier event: inserted");
            }
            return AuditVerification.broken(read, row.seq(), AuditProblem.REORDERED,
                    "audit event #" + row.seq() + " does not follow event #" + read + ": reordered or renumbered");
        }
        return null;
    }

    private static boolean appearsEarlier(Connection connection, ChainRow row) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM sr_audit_event WHERE entry_mac = ? AND seq < ?")) {
            select.setString(1, row.entryMac());
            select.setLong(2, row.seq());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
