package org.casenotes.supervision.core.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;
import org.casenotes.supervision.api.audit.AuditProblem;

/**
 * What a database owner without the chain key can do to one organisation's audit chain once
 * the guard is dropped, each returning the event verification must name in that organisation's
 * chain. The attacker knows the row format and keeps the head row consistent where that helps
 * hide the change.
 */
final class Tampering {

    /** A mutation and what verification must report. */
    record Expected(String description, long firstBadSequence, AuditProblem problem) {
    }

    private static final String[] TEXT_COLUMNS = {"actor_id", "client_id", "action", "data_category",
        "target_type", "target_id", "before_state", "after_state", "content_hash", "detail", "prev_mac", "entry_mac"};

    private final Connection connection;
    private final Random random;
    private final String org;
    private final String where;
    private final long count;

    Tampering(Connection connection, Random random, String org, long count) {
        this.connection = connection;
        this.random = random;
        this.org = org;
        this.where = " WHERE org_id = '" + org + "' AND ";
        this.count = count;
    }

    Expected any() throws SQLException {
        return switch (random.nextInt(9)) {
            case 8 -> dropChain();
            case 0 -> alterField();
            case 1 -> delete();
            case 2 -> insertForged();
            case 3 -> insertReplayed();
            case 4 -> swap();
            case 5 -> truncateTail();
            case 6 -> rewriteWithPlainHashes();
            default -> deleteAndRenumber();
        };
    }

    private Expected alterField() throws SQLException {
        long k = position();
        if (random.nextInt(TEXT_COLUMNS.length + 1) == 0) {
            update("UPDATE sr_audit_event SET event_time = event_time + INTERVAL '1' SECOND" + where + "seq = " + k);
            return new Expected("event time of #" + k + " moved", k, AuditProblem.ALTERED);
        }
        String column = TEXT_COLUMNS[random.nextInt(TEXT_COLUMNS.length)];
        String value = column.equals("action") ? "'X'" : "'" + Long.toHexString(random.nextLong()) + "'";
        update("UPDATE sr_audit_event SET " + column + " = " + value + where + "seq = " + k);
        return new Expected(column + " of #" + k + " altered", k, AuditProblem.ALTERED);
    }

    private Expected delete() throws SQLException {
        long k = position();
        update("DELETE FROM sr_audit_event" + where + "seq = " + k);
        return k == count
                ? new Expected("last event #" + k + " deleted", k, AuditProblem.TRUNCATED)
                : new Expected("event #" + k + " deleted", k, AuditProblem.MISSING);
    }

    private Expected insertForged() throws SQLException {
        long k = 1 + random.nextInt((int) count + 1);
        ChainRow template = row(1 + random.nextInt((int) count));
        shiftUpFrom(k);
        ChainRow forged = new ChainRow(k, template.at(), template.organisationId(), "intruder", template.clientId(),
                "READ", template.dataCategory(), template.targetType(), template.targetId(), null, null, null,
                null, k == 1 ? ChainMac.GENESIS : row(k - 1).entryMac(), null, null);
        insert(forged.sealed(plainHash(forged)));
        relinkHead();
        return new Expected("forged event inserted at #" + k, k, AuditProblem.ALTERED);
    }

    private Expected insertReplayed() throws SQLException {
        long k = 2 + random.nextInt((int) count);
        ChainRow original = row(1 + random.nextInt((int) k - 1));
        shiftUpFrom(k);
        insert(new ChainRow(k, original.at(), original.organisationId(), original.actorId(), original.clientId(),
                original.action(), original.dataCategory(), original.targetType(), original.targetId(),
                original.beforeState(), original.afterState(), original.contentHash(), original.detail(),
                original.prevMac(), original.entryMac(), null));
        relinkHead();
        return new Expected("copy of #" + original.seq() + " inserted at #" + k, k, AuditProblem.INSERTED);
    }

    private Expected swap() throws SQLException {
        long a = 1 + random.nextInt((int) count - 1);
        long b = a + 1 + random.nextInt((int) (count - a));
        update("UPDATE sr_audit_event SET seq = -1" + where + "seq = " + a);
        update("UPDATE sr_audit_event SET seq = " + a + where + "seq = " + b);
        update("UPDATE sr_audit_event SET seq = " + b + where + "seq = -1");
        return new Expected("#" + a + " and #" + b + " swapped", a, AuditProblem.REORDERED);
    }

    private Expected truncateTail() throws SQLException {
        long keep = random.nextInt((int) count);
        update("DELETE FROM sr_audit_event" + where + "seq > " + keep);
        boolean rewindHead = random.nextBoolean();
        if (rewindHead) {
            relinkHead();
        }
        return new Expected("tail after #" + keep + " cut" + (rewindHead ? ", head rewound" : ""), keep + 1,
                AuditProblem.TRUNCATED);
    }

    private Expected rewriteWithPlainHashes() throws SQLException {
        long k = position();
        String previous = k == 1 ? ChainMac.GENESIS : row(k - 1).entryMac();
        for (long seq = k; seq <= count; seq++) {
            ChainRow old = row(seq);
            ChainRow changed = new ChainRow(seq, old.at(), old.organisationId(), old.actorId(), old.clientId(),
                    old.action(), old.dataCategory(), old.targetType(), seq == k ? "note-rewritten" : old.targetId(),
                    old.beforeState(), old.afterState(), old.contentHash(), old.detail(), previous, null, null);
            String hash = plainHash(changed);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sr_audit_event SET target_id = ?, prev_mac = ?, entry_mac = ? WHERE org_id = ? AND seq = ?")) {
                update.setString(1, changed.targetId());
                update.setString(2, previous);
                update.setString(3, hash);
                update.setString(4, org);
                update.setLong(5, seq);
                update.executeUpdate();
            }
            previous = hash;
        }
        relinkHead();
        return new Expected("#" + k + " onward rewritten with plain hashes", k, AuditProblem.ALTERED);
    }

    private Expected deleteAndRenumber() throws SQLException {
        long k = 1 + random.nextInt((int) count - 1);
        update("DELETE FROM sr_audit_event" + where + "seq = " + k);
        update("UPDATE sr_audit_event SET seq = -(seq - 1)" + where + "seq > " + k);
        update("UPDATE sr_audit_event SET seq = -seq" + where + "seq < 0");
        relinkHead();
        return new Expected("#" + k + " deleted and the rest renumbered", k, AuditProblem.REORDERED);
    }

    private long position() {
        return 1 + random.nextInt((int) count);
    }

    private void shiftUpFrom(long k) throws SQLException {
        update("UPDATE sr_audit_event SET seq = -(seq + 1)" + where + "seq >= " + k);
        update("UPDATE sr_audit_event SET seq = -seq" + where + "seq < 0");
    }

    private Expected dropChain() throws SQLException {
        update("DELETE FROM sr_audit_event WHERE org_id = '" + org + "'");
        update("DELETE FROM sr_audit_chain WHERE org_id = '" + org + "'");
        return new Expected("the whole chain dropped", 1, AuditProblem.TRUNCATED);
    }

    /** Points the organisation's head at whatever is now its last row, as a careful intruder would. */
    private void relinkHead() throws SQLException {
        String orgRows = "FROM sr_audit_event WHERE org_id = '" + org + "'";
        update("UPDATE sr_audit_chain SET last_seq = COALESCE((SELECT MAX(seq) " + orgRows + "), 0), "
                + "last_mac = COALESCE((SELECT entry_mac " + orgRows + " AND seq = "
                + "(SELECT MAX(seq) " + orgRows + ")), '" + ChainMac.GENESIS + "') WHERE org_id = '" + org + "'");
    }

    private ChainRow row(long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ChainRow.COLUMNS + " FROM sr_audit_event WHERE org_id = ? AND seq = ?")) {
            select.setString(1, org);
            select.setLong(2, seq);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row #" + seq);
                }
                return ChainRow.read(rs);
            }
        }
    }

    private void insert(ChainRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(ChainRow.INSERT)) {
            row.bind(insert);
            insert.executeUpdate();
        }
    }

    private void update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** What an intruder without the key can compute: an unkeyed SHA-256 over the same fields. */
    static String plainHash(ChainRow row) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ChainMac.canonical(row)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
