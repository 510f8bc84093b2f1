package org.casenotes.supervision.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The review cycle's logical steps written by hand in plain JDBC, as a careful application
 * would write them without the module: the fewest statements that store what the module's
 * cycle stores and keep the same guarantees. It is the baseline the throughput target is
 * measured against ({@link ReviewThroughputBenchmark#baselineSameSteps}).
 *
 * <p>One cycle is four actions, each one transaction on a connection borrowed from the pool
 * for it, plus one delivery transaction after each action that raised events (six
 * transactions; 27 statements on H2, 23 on PostgreSQL):
 *
 * <ol>
 *   <li>save the self-disclosure section: insert the section row; append an audit event;
 *   <li>submit: insert the review row (state, version, due date, content hash), the note's co-sign
 *       selection, the snapshot (note text, section, hash), the history row; append an audit
 *       event; insert the {@code Submitted} event into the outbox; after commit deliver it (take
 *       the note's pending events out in one statement and hand them over in order);
 *   <li>start review: update the review row where its version is the expected one; insert the
 *       history row; append an audit event;
 *   <li>co-sign: update the review row by version; insert the signature row; insert the
 *       history row; append an audit event; insert the {@code CoSigned} and billing events; after
 *       commit deliver both in one transaction.
 * </ol>
 *
 * <p>Appending an audit event is what the module's chain does, per organisation: lock the
 * organisation's head row ({@code SELECT ... FOR UPDATE}), insert the event with its
 * HMAC-SHA256 over a length-prefixed serialisation of its fields and the previous MAC, move the
 * head onto it (on PostgreSQL in the insert's statement, a data-modifying {@code WITH}, as the
 * module does). The tables carry the module's primary keys (all starting with {@code org_id}) and
 * secondary indexes (the section's by client and clinician and by clinician and period, the
 * review's queue and due-date indexes, the selection's by clinician, the signature's by note, the
 * audit trail's by time). Its rows are narrower than the module's: it stores the columns the
 * steps need (state, version, due date, hash, actor, times), not every column the module keeps
 * (flag rules, escalation date, attestation text, the signer's credentials and licence, the
 * selection's sampling draw, the events' payload columns), which favours the baseline. What it
 * leaves out, because a hand-written equivalent could: reading rows back to check rights,
 * versions and states before writing (the version is checked by the update's {@code WHERE}), the
 * policy read, flag evaluation and JSON validation of the section, and next-number queries (the
 * caller knows its numbers). Not thread-safe per instance: one per benchmark thread.
 */
final class SameStepsJdbc {

    private static final HexFormat HEX = HexFormat.of();
    private static final String GENESIS = "0".repeat(64);

    private final DataSource pool;
    private final Mac mac;
    /** PostgreSQL (data-modifying WITH, DELETE ... RETURNING) or H2 (data change delta tables). */
    private final boolean postgres;

    /**
     * One thread's writer.
     *
     * @param pool the database
     * @param key the audit chain's HMAC key
     */
    SameStepsJdbc(DataSource pool, byte[] key) {
        this.pool = pool;
        try (Connection connection = pool.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("the benchmark database cannot be reached", e);
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates the tables when missing.
     *
     * @param pool the database
     * @throws SQLException on a database fault
     */
    static void createTables(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_section (org_id VARCHAR(64) NOT NULL, note_id VARCHAR(64)"
                    + " NOT NULL, client_id VARCHAR(64) NOT NULL, clinician_id VARCHAR(64) NOT NULL, session_date DATE"
                    + " NOT NULL, version BIGINT NOT NULL, section_json VARCHAR(100000) NOT NULL, flags_json"
                    + " VARCHAR(10000) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (org_id, note_id))");
            // The section's two secondary indexes as the module keeps them (V6_2, V17_1): the
            // pattern rule's by client and clinician, packets' and agendas' by clinician and period.
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_section_clinician_client ON bench_section (org_id,"
                    + " client_id, clinician_id, session_date, note_id)");
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_section_period ON bench_section (org_id, clinician_id,"
                    + " session_date, note_id)");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_selection (org_id VARCHAR(64) NOT NULL, note_id"
                    + " VARCHAR(64) NOT NULL, clinician_id VARCHAR(64) NOT NULL, required BOOLEAN NOT NULL, reason"
                    + " VARCHAR(32) NOT NULL, policy_version INTEGER NOT NULL, decided_at TIMESTAMP WITH TIME ZONE"
                    + " NOT NULL, PRIMARY KEY (org_id, note_id))");
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_selection_clinician ON bench_selection (org_id,"
                    + " clinician_id, decided_at)");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_review (org_id VARCHAR(64) NOT NULL, note_id VARCHAR(64)"
                    + " NOT NULL, clinician_id VARCHAR(64) NOT NULL, state VARCHAR(24) NOT NULL, version BIGINT NOT NULL,"
                    + " due_date DATE, content_hash VARCHAR(64), cosigned_by VARCHAR(64), updated_at TIMESTAMP WITH TIME"
                    + " ZONE NOT NULL, PRIMARY KEY (org_id, note_id))");
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_review_queue ON bench_review (org_id, clinician_id, due_date,"
                    + " note_id)");
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_review_due ON bench_review (org_id, state, due_date, note_id)");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_snapshot (org_id VARCHAR(64) NOT NULL, note_id VARCHAR(64)"
                    + " NOT NULL, submission_no INTEGER NOT NULL, note_text VARCHAR(100000) NOT NULL, section_json"
                    + " VARCHAR(100000) NOT NULL, content_hash VARCHAR(64) NOT NULL, taken_at TIMESTAMP WITH TIME ZONE"
                    + " NOT NULL, PRIMARY KEY (org_id, note_id, submission_no))");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_step_history (org_id VARCHAR(64) NOT NULL, note_id"
                    + " VARCHAR(64) NOT NULL, seq INTEGER NOT NULL, from_state VARCHAR(24), to_state VARCHAR(24) NOT NULL,"
                    + " actor_id VARCHAR(64) NOT NULL, acted_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (org_id, note_id, seq))");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_signature (org_id VARCHAR(64) NOT NULL, kind VARCHAR(32)"
                    + " NOT NULL, target_id VARCHAR(64) NOT NULL, note_id VARCHAR(64) NOT NULL, signer_id VARCHAR(64)"
                    + " NOT NULL, attestation VARCHAR(2000) NOT NULL, signed_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (org_id, kind, target_id))");
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_signature_note ON bench_signature (org_id, note_id)");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_audit_head (org_id VARCHAR(64) NOT NULL, last_seq BIGINT"
                    + " NOT NULL, last_mac VARCHAR(64) NOT NULL, PRIMARY KEY (org_id))");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_audit (org_id VARCHAR(64) NOT NULL, seq BIGINT NOT NULL,"
                    + " event_time TIMESTAMP WITH TIME ZONE NOT NULL, actor_id VARCHAR(64) NOT NULL, client_id"
                    + " VARCHAR(64), action VARCHAR(16) NOT NULL, target_id VARCHAR(64) NOT NULL, before_state"
                    + " VARCHAR(64), after_state VARCHAR(64), content_hash VARCHAR(64), prev_mac VARCHAR(64) NOT NULL,"
                    + " entry_mac VARCHAR(64) NOT NULL, PRIMARY KEY (org_id, seq))");
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_audit_time ON bench_audit (org_id, event_time, seq)");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_outbox (org_id VARCHAR(64) NOT NULL, note_id VARCHAR(64)"
                    + " NOT NULL, note_seq INTEGER NOT NULL, event_id VARCHAR(36) NOT NULL, event_type VARCHAR(32)"
                    + " NOT NULL, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (org_id, note_id, note_seq))");
        }
    }

    /**
     * Opens the audit chain of an organisation (its head row), when missing.
     *
     * @param pool the database
     * @param org the organisation
     * @throws SQLException on a database fault
     */
    static void openChain(DataSource pool, String org) throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO bench_audit_head (org_id, last_seq, last_mac) SELECT ?, 0, ? FROM (VALUES (1)) v"
                        + " WHERE NOT EXISTS (SELECT 1 FROM bench_audit_head WHERE org_id = ?)")) {
            insert.setString(1, org);
            insert.setString(2, GENESIS);
            insert.setString(3, org);
            insert.executeUpdate();
        }
    }

    /**
     * One cycle for a fresh note.
     *
     * @param org the organisation
     * @param noteId a note id not used before
     * @param clientId the note's client
     * @param clinician the note's clinician
     * @param supervisor the co-signer
     * @param noteText the note's text, snapshotted on submit
     * @param listener receives every event id after commit
     * @return the review's last version
     * @throws SQLException on any database fault
     */
    long cycle(String org, String noteId, String clientId, String clinician, String supervisor, String noteText,
            Consumer<String> listener) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        String section = "{\"entries\":[],\"noSelfDisclosure\":true}";
        String hash = sha256(noteText + "\u0000" + section);
        // 1. Save the section.
        inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_section (org_id, note_id,"
                    + " client_id, clinician_id, session_date, version, section_json, flags_json, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, 1, ?, '[]', ?)")) {
                insert.setString(1, org);
                insert.setString(2, noteId);
                insert.setString(3, clientId);
                insert.setString(4, clinician);
                insert.setObject(5, today);
                insert.setString(6, section);
                insert.setObject(7, now);
                insert.executeUpdate();
            }
            audit(c, org, now, clinician, clientId, "CREATE", noteId, null, "version 1", sha256(section));
        });
        // 2. Submit, then deliver its event.
        inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_review (org_id, note_id,"
                    + " clinician_id, state, version, due_date, content_hash, updated_at) VALUES (?, ?, ?,"
                    + " 'SUBMITTED', 1, ?, ?, ?)")) {
                insert.setString(1, org);
                insert.setString(2, noteId);
                insert.setString(3, clinician);
                insert.setObject(4, today.plusDays(7));
                insert.setString(5, hash);
                insert.setObject(6, now);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_selection (org_id, note_id,"
                    + " clinician_id, required, reason, policy_version, decided_at) VALUES (?, ?, ?, TRUE, 'all', 1,"
                    + " ?)")) {
                insert.setString(1, org);
                insert.setString(2, noteId);
                insert.setString(3, clinician);
                insert.setObject(4, now);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_snapshot (org_id, note_id,"
                    + " submission_no, note_text, section_json, content_hash, taken_at) VALUES (?, ?, 1, ?, ?, ?, ?)")) {
                insert.setString(1, org);
                insert.setString(2, noteId);
                insert.setString(3, noteText);
                insert.setString(4, section);
                insert.setString(5, hash);
                insert.setObject(6, now);
                insert.executeUpdate();
            }
            history(c, org, noteId, 1, "DRAFT", "SUBMITTED", clinician, now);
            audit(c, org, now, clinician, clientId, "UPDATE", noteId, "DRAFT", "SUBMITTED", hash);
            outbox(c, org, noteId, 1, "Submitted", now);
        });
        inTransaction(c -> deliver(c, org, noteId, listener));
        // 3. Start review.
        inTransaction(c -> {
            move(c, org, noteId, "IN_REVIEW", 2, null, now);
            history(c, org, noteId, 2, "SUBMITTED", "IN_REVIEW", supervisor, now);
            audit(c, org, now, supervisor, clientId, "UPDATE", noteId, "SUBMITTED", "IN_REVIEW", hash);
        });
        // 4. Co-sign, then deliver its two events.
        inTransaction(c -> {
            move(c, org, noteId, "CO_SIGNED", 3, supervisor, now);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_signature (org_id, kind,"
                    + " target_id, note_id, signer_id, attestation, signed_at) VALUES (?, 'co-sign', ?, ?, ?, ?, ?)")) {
                insert.setString(1, org);
                insert.setString(2, noteId);
                insert.setString(3, noteId);
                insert.setString(4, supervisor);
                insert.setString(5, "I have reviewed this note and agree with its content.");
                insert.setObject(6, now);
                insert.executeUpdate();
            }
            history(c, org, noteId, 3, "IN_REVIEW", "CO_SIGNED", supervisor, now);
            audit(c, org, now, supervisor, clientId, "SIGN", noteId, "IN_REVIEW", "CO_SIGNED", hash);
            outbox(c, org, noteId, 2, "CoSigned", now);
            outbox(c, org, noteId, 3, "NoteBillable", now);
        });
        inTransaction(c -> deliver(c, org, noteId, listener));
        return 3;
    }

    /** Work on one connection inside one transaction. */
    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** Borrows a pooled connection for one transaction, as each action of an application does. */
    private void inTransaction(Work work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void move(Connection c, String org, String noteId, String state, long version, String cosignedBy,
            OffsetDateTime now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE bench_review SET state = ?, version = ?,"
                + " cosigned_by = ?, updated_at = ? WHERE org_id = ? AND note_id = ? AND version = ?")) {
            update.setString(1, state);
            update.setLong(2, version);
            update.setString(3, cosignedBy);
            update.setObject(4, now);
            update.setString(5, org);
            update.setString(6, noteId);
            update.setLong(7, version - 1);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("the note changed meanwhile");
            }
        }
    }

    private static void history(Connection c, String org, String noteId, int seq, String from, String to,
            String actor, OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_step_history (org_id, note_id, seq,"
                + " from_state, to_state, actor_id, acted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, org);
            insert.setString(2, noteId);
            insert.setInt(3, seq);
            insert.setString(4, from);
            insert.setString(5, to);
            insert.setString(6, actor);
            insert.setObject(7, now);
            insert.executeUpdate();
        }
    }

    private void audit(Connection c, String org, OffsetDateTime at, String actor, String clientId, String action,
            String noteId, String before, String after, String contentHash) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement head = c.prepareStatement(
                "SELECT last_seq, last_mac FROM bench_audit_head WHERE org_id = ? FOR UPDATE")) {
            head.setString(1, org);
            try (ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no audit chain for the organisation");
                }
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        ByteArrayOutputStream canonical = new ByteArrayOutputStream(256);
        for (String field : new String[] {at.toInstant().toString(), org, actor, clientId, action, noteId, before, after,
                contentHash, prev}) {
            if (field == null) {
                canonical.write(0);
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                canonical.write(1);
                canonical.write(bytes.length >>> 8);
                canonical.write(bytes.length);
                canonical.write(bytes, 0, bytes.length);
            }
        }
        String entryMac = HEX.formatHex(mac.doFinal(canonical.toByteArray()));
        String insertEvent = "INSERT INTO bench_audit (org_id, seq, event_time, actor_id, client_id, action,"
                + " target_id, before_state, after_state, content_hash, prev_mac, entry_mac)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        // On PostgreSQL the event and the head's move are one statement, as the module sends them.
        try (PreparedStatement insert = c.prepareStatement(postgres ? "WITH appended AS (" + insertEvent
                + " RETURNING seq, entry_mac) UPDATE bench_audit_head SET last_seq = appended.seq, last_mac ="
                + " appended.entry_mac FROM appended WHERE bench_audit_head.org_id = ?" : insertEvent)) {
            insert.setString(1, org);
            insert.setLong(2, seq);
            insert.setObject(3, at);
            insert.setString(4, actor);
            insert.setString(5, clientId);
            insert.setString(6, action);
            insert.setString(7, noteId);
            insert.setString(8, before);
            insert.setString(9, after);
            insert.setString(10, contentHash);
            insert.setString(11, prev);
            insert.setString(12, entryMac);
            if (postgres) {
                insert.setString(13, org);
            }
            insert.executeUpdate();
        }
        if (postgres) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE bench_audit_head SET last_seq = ?, last_mac = ? WHERE org_id = ?")) {
            update.setLong(1, seq);
            update.setString(2, entryMac);
            update.setString(3, org);
            update.executeUpdate();
        }
    }

    private static void outbox(Connection c, String org, String noteId, int seq, String type, OffsetDateTime now)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_outbox (org_id, note_id, note_seq,"
                + " event_id, event_type, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, org);
            insert.setString(2, noteId);
            insert.setInt(3, seq);
            insert.setString(4, id);
            insert.setString(5, type);
            insert.setObject(6, now);
            insert.executeUpdate();
        }
    }

    /**
     * Delivers the note's pending events in order in their own transaction: one statement takes
     * them out (PostgreSQL's {@code DELETE ... RETURNING}, H2's {@code OLD TABLE (DELETE ...)}),
     * as the module's delivery does; a rollback would bring them back.
     */
    private void deliver(Connection c, String org, String noteId, Consumer<String> listener)
            throws SQLException {
        String where = "WHERE org_id = ? AND note_id = ?";
        TreeMap<Integer, String> events = new TreeMap<>();
        try (PreparedStatement take = c.prepareStatement(postgres
                ? "DELETE FROM bench_outbox " + where + " RETURNING note_seq, event_id"
                : "SELECT note_seq, event_id FROM OLD TABLE (DELETE FROM bench_outbox " + where + ")")) {
            take.setString(1, org);
            take.setString(2, noteId);
            try (ResultSet rs = take.executeQuery()) {
                while (rs.next()) {
                    events.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        events.values().forEach(listener);
    }

    private static String sha256(String text) {
        try {
            return HEX.formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
