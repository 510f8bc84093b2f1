package org.casenotes.supervision.core.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One row of the audit table as stored, with raw strings: verification must be able to read
 * whatever an intruder wrote, such as an action name that does not exist.
 *
 * @param seq the event's number in its organisation's chain, from 1
 * @param legacySeq the event's number in the global chain written before per-organisation
 *     chains (schema version 7), or {@code null} for every later event
 */
record ChainRow(long seq, Instant at, String organisationId, String actorId, String clientId,
        String action, String dataCategory, String targetType, String targetId,
        String beforeState, String afterState, String contentHash, String detail,
        String prevMac, String entryMac, Long legacySeq) {

    static final String COLUMNS = "seq, event_time, org_id, actor_id, client_id, action, data_category, "
            + "target_type, target_id, before_state, after_state, content_hash, detail, prev_mac, entry_mac, legacy_seq";

    static final String INSERT = "INSERT INTO sr_audit_event (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * {@link #INSERT} and the organisation's head moved onto the inserted event, in one statement
     * (PostgreSQL's data-modifying {@code WITH}): one round trip where the two statements took
     * two. The parameters of {@link #INSERT}, then the organisation again (bound, so that the
     * update is routed to one organisation by its key, as every statement is); the update count
     * is the head rows moved, 1.
     */
    static final String INSERT_MOVING_HEAD = "WITH appended AS (" + INSERT + " RETURNING seq, entry_mac)"
            + " UPDATE sr_audit_chain SET last_seq = appended.seq, last_mac = appended.entry_mac FROM appended"
            + " WHERE sr_audit_chain.org_id = ?";

    /** Both databases keep microseconds; the MAC must cover exactly what is stored. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static ChainRow unsealed(long seq, AuditEntry entry, String prevMac) {
        return new ChainRow(seq, stored(entry.at()), entry.organisationId(), entry.actorId(),
                entry.clientId(), entry.action().name(), entry.dataCategory(), entry.targetType(),
                entry.targetId(), entry.beforeState(), entry.afterState(), entry.contentHash(),
                entry.detail(), prevMac, null, null);
    }

    ChainRow sealed(String mac) {
        return new ChainRow(seq, at, organisationId, actorId, clientId, action, dataCategory,
                targetType, targetId, beforeState, afterState, contentHash, detail, prevMac, mac, legacySeq);
    }

    /** Whether the row was written into the global chain of releases before per-organisation chains. */
    boolean legacy() {
        return legacySeq != null;
    }

    static ChainRow read(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
        long legacyValue = rs.getLong(16);
        Long legacy = rs.wasNull() ? null : legacyValue;
        return new ChainRow(rs.getLong(1), at == null ? null : at.toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                legacy);
    }

    void bind(PreparedStatement insert) throws SQLException {
        insert.setLong(1, seq);
        insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        insert.setString(3, organisationId);
        insert.setString(4, actorId);
        insert.setString(5, clientId);
        insert.setString(6, action);
        insert.setString(7, dataCategory);
        insert.setString(8, targetType);
        insert.setString(9, targetId);
        insert.setString(10, beforeState);
        insert.setString(11, afterState);
        insert.setString(12, contentHash);
        insert.setString(13, detail);
        insert.setString(14, prevMac);
        insert.setString(15, entryMac);
        if (legacySeq == null) {
            insert.setNull(16, Types.BIGINT);
        } else {
            insert.setLong(16, legacySeq);
        }
    }
}
