package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.crypto.SecretKey;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.ChainVerification;

/**
 * Walks one chain in sequence order from a known-good point and stops at the first event that
 * does not follow: a missing number, a MAC that does not match, or an authentic event whose
 * previous MAC is not the one before it. Streams the rows; memory does not grow with the chain.
 *
 * <p>Two kinds of chain: an organisation's, by its sequence number, and the global chain of
 * releases before per-organisation chains, by {@code legacy_seq}. An organisation's chain starts
 * with its share of old events (their links run through other organisations' events, so the
 * global walk checks those links) and goes on from its last old event.
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
    record Walk(long lastSeq, String lastMac, String watchedMac, ChainVerification problem) {
    }

    private final SecretKey key;

    ChainWalker(SecretKey key) {
        this.key = key;
    }

    /**
     * Walks an organisation's rows after a known-good event.
     *
     * @param connection a connection in a transaction (PostgreSQL streams only then)
     * @param organisationId the organisation
     * @param fromSeq the known-good event's number; 0 for the start of the chain
     * @param fromMac its MAC; {@link ChainMac#GENESIS} for the start
     * @param upToSeq the last number to walk, inclusive
     * @param watchSeq a number whose MAC to remember, or -1
     */
    Walk walk(Connection connection, String organisationId, long fromSeq, String fromMac, long upToSeq,
            long watchSeq) throws SQLException {
        return walk(connection, new Scope(organisationId), fromSeq, fromMac, upToSeq, watchSeq);
    }

    /** Walks the whole global chain written before per-organisation chains. */
    Walk walkLegacy(Connection connection, long watchSeq) throws SQLException {
        return walk(connection, new Scope(null), 0, ChainMac.GENESIS, Long.MAX_VALUE, watchSeq);
    }

    private Walk walk(Connection connection, Scope scope, long fromSeq, String fromMac, long upToSeq,
            long watchSeq) throws SQLException {
        ChainMac mac = new ChainMac(key);
        long expected = fromSeq + 1;
        String previous = fromMac;
        boolean afterNewEvent = false;
        String watched = watchSeq == fromSeq ? fromMac : null;
        try (PreparedStatement select = connection.prepareStatement(scope.walkSql())) {
            select.setFetchSize(FETCH_SIZE);
            scope.bind(select, fromSeq, upToSeq);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ChainRow row = ChainRow.read(rs);
                    ChainVerification problem = check(connection, scope, mac, row, expected, previous, afterNewEvent);
                    if (problem != null) {
                        return new Walk(expected - 1, previous, watched, problem);
                    }
                    if (expected == watchSeq) {
                        watched = row.entryMac();
                    }
                    afterNewEvent = !row.legacy();
                    previous = row.entryMac();
                    expected++;
                }
            }
        }
        return new Walk(expected - 1, previous, watched, null);
    }

    private static ChainVerification check(Connection connection, Scope scope, ChainMac mac, ChainRow row,
            long expected, String previous, boolean afterNewEvent) throws SQLException {
        long read = expected - 1;
        long position = scope.position(row);
        if (position > expected) {
            return scope.broken(read, expected, AuditProblem.MISSING,
                    "audit event #" + expected + " is missing: deleted from the chain");
        }
        if (position < expected) {
            // Rows come in ascending order after the known-good point, so only a number used
            // twice (possible once the primary key is dropped) stands behind the walk.
            return scope.broken(read, position, AuditProblem.INSERTED,
                    "audit event #" + position + " is recorded more than once: inserted");
        }
        if (!ChainMac.same(mac.of(row), row.entryMac())) {
            return scope.broken(read, position, AuditProblem.ALTERED,
                    "audit event #" + position + " does not match its MAC: altered, or forged without the key");
        }
        if (row.legacy() && !scope.legacyOnly()) {
            // An old event's link runs through other organisations' events: the global walk
            // checks it. It must still come before every event of the organisation's own chain.
            return afterNewEvent ? scope.broken(read, position, AuditProblem.REORDERED,
                    "audit event #" + position + " does not follow event #" + read + ": reordered or renumbered")
                    : null;
        }
        if (!ChainMac.same(row.prevMac(), previous)) {
            if (scope.appearsEarlier(connection, row)) {
                return scope.broken(read, position, AuditProblem.INSERTED,
                        "audit event #" + position + " is a copy of an earlier event: inserted");
            }
            return scope.broken(read, position, AuditProblem.REORDERED,
                    "audit event #" + position + " does not follow event #" + read + ": reordered or renumbered");
        }
        return null;
    }

    /** One organisation's chain, or the legacy global chain when the organisation is null. */
    private record Scope(String organisationId) {

        boolean legacyOnly() {
            return organisationId == null;
        }

        String walkSql() {
            return legacyOnly()
                    ? "SELECT " + ChainRow.COLUMNS + " FROM sr_audit_event"
                            + " WHERE legacy_seq IS NOT NULL AND legacy_seq > ? AND legacy_seq <= ? ORDER BY legacy_seq"
                    : "SELECT " + ChainRow.COLUMNS + " FROM sr_audit_event"
                            + " WHERE org_id = ? AND seq > ? AND seq <= ? ORDER BY seq";
        }

        void bind(PreparedStatement select, long fromSeq, long upToSeq) throws SQLException {
            int i = 1;
            if (!legacyOnly()) {
                select.setString(i++, organisationId);
            }
            select.setLong(i++, fromSeq);
            select.setLong(i, upToSeq);
        }

        long position(ChainRow row) {
            return legacyOnly() ? row.legacySeq() : row.seq();
        }

        ChainVerification broken(long count, long firstBad, AuditProblem problem, String message) {
            return ChainVerification.broken(organisationId, count, firstBad, problem, message);
        }

        boolean appearsEarlier(Connection connection, ChainRow row) throws SQLException {
            String sql = legacyOnly()
                    ? "SELECT COUNT(*) FROM sr_audit_event WHERE legacy_seq IS NOT NULL AND entry_mac = ? AND legacy_seq < ?"
                    : "SELECT COUNT(*) FROM sr_audit_event WHERE org_id = ? AND entry_mac = ? AND seq < ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 1;
                if (!legacyOnly()) {
                    select.setString(i++, organisationId);
                }
                select.setString(i++, row.entryMac());
                select.setLong(i, position(row));
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        }
    }
}
