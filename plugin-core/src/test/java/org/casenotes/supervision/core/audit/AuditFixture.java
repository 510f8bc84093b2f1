package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import javax.sql.DataSource;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.core.storage.Migrations;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.testing.TestAuditSecrets;

/** A migrated database with the audit feature over it, and ways to fill and break the chain. */
final class AuditFixture {

    /** When the recorded events start. */
    static final Instant START = Instant.parse("2026-03-02T09:00:00.123456Z");
    /** The module's clock: before the events, so the reports' own QUERY events stay out of their period. */
    static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");
    static final String[] ORGS = {"org-a", "org-b"};

    final DataSource dataSource;
    final Transactions transactions;
    final TestAuditSecrets secrets;
    final AuditFeature feature;
    final String vendor;

    private AuditFixture(DataSource dataSource, TestAuditSecrets secrets, int checkpointEvery) {
        this.dataSource = dataSource;
        this.transactions = new Transactions(dataSource);
        this.secrets = secrets;
        // Anchors on the appender's thread, so a test reads an automatic anchor as soon as the
        // append that made it due returns; AnchorThreadTest covers the module's background thread.
        this.feature = AuditFeature.create(transactions, secrets, Clock.fixed(NOW, ZoneOffset.UTC), checkpointEvery,
                false);
        try {
            this.vendor = Migrations.vendorOf(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditFixture over(DataSource dataSource) {
        return over(dataSource, TestAuditSecrets.fresh(), AuditFeature.DEFAULT_CHECKPOINT_EVERY);
    }

    static AuditFixture over(DataSource dataSource, TestAuditSecrets secrets, int checkpointEvery) {
        Migrations.migrate(dataSource);
        return new AuditFixture(dataSource, secrets, checkpointEvery);
    }

    /** The same database seen by a host holding other secrets. */
    AuditFixture with(TestAuditSecrets otherSecrets) {
        return new AuditFixture(dataSource, otherSecrets, AuditFeature.DEFAULT_CHECKPOINT_EVERY);
    }

    AuditLog log() {
        return feature.log();
    }

    /** The identity the module's anchors are kept under. */
    String databaseId() {
        try {
            return String.valueOf(query("SELECT database_id FROM sr_audit_database"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    java.util.Optional<org.casenotes.supervision.api.audit.Checkpoint> latestAnchor() {
        return secrets.checkpoints().latest(databaseId());
    }

    /** A verifier like the module's, with the head-row check switched off. */
    ChainVerifier verifierWithoutHeadCheck() {
        ChainWalker walker = new ChainWalker(secrets.hmacKey());
        Anchors anchors = new Anchors(transactions, walker,
                new CheckpointSigner(secrets.checkpointSigningKey(), secrets.checkpointVerifyingKey()),
                secrets.checkpoints(), Clock.fixed(NOW, ZoneOffset.UTC), 1000, databaseId());
        return new ChainVerifier(transactions, walker, anchors, false);
    }

    long count(String sql) throws SQLException {
        Object value = query(sql);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Object query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    /** Appends events one transaction each, varied but reproducible. */
    void appendEvents(int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            AuditEntry entry = entry(random, i);
            transactions.inTransaction("record an audit event", tx -> {
                feature.trail().append(tx, entry);
                return null;
            });
        }
    }

    /** Appends one event of an organisation in its own transaction. */
    void append(String organisation) {
        transactions.inTransaction("record an audit event", tx -> {
            feature.trail().append(tx, new AuditEntry(START, organisation, "user-1", null, AuditAction.READ,
                    "review", "note", "note-1", null, null, null, null));
            return null;
        });
    }

    static AuditEntry entry(Random random, int i) {
        AuditAction[] actions = AuditAction.values();
        String[] categories = {"disclosure-section", "review", "policy", "meeting", "packet"};
        String clientId = random.nextInt(4) == 0 ? null : "client-" + random.nextInt(20);
        return new AuditEntry(START.plusSeconds(i * 60L + random.nextInt(30)), ORGS[random.nextInt(ORGS.length)],
                "user-" + random.nextInt(6), clientId, actions[random.nextInt(actions.length)],
                categories[random.nextInt(categories.length)], "note", "note-" + random.nextInt(50),
                random.nextBoolean() ? "SUBMITTED" : null, random.nextBoolean() ? "IN_REVIEW" : null,
                random.nextBoolean() ? "sha256:" + Long.toHexString(random.nextLong()) : null,
                random.nextBoolean() ? "detail-" + i : null);
    }

    /** Removes the append-only guard, as the database owner can. */
    void dropGuard() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (vendor.equals("postgresql")) {
                statement.execute("DROP TRIGGER sr_audit_event_append_only ON sr_audit_event");
                statement.execute("DROP TRIGGER sr_audit_event_no_truncate ON sr_audit_event");
            } else {
                statement.execute("DROP TRIGGER sr_audit_event_append_only");
                statement.execute("DROP TABLE sr_audit_truncate_guard");
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The last event number of an organisation's chain, as its head row holds it. */
    long headOf(String organisation) throws SQLException {
        return count("SELECT last_seq FROM sr_audit_chain WHERE org_id = '" + organisation + "'");
    }

    /** Sets an organisation's head row back to event {@code seq}, its MAC included, as someone with database access could. */
    void rewindHead(String organisation, long seq) throws SQLException {
        execute("UPDATE sr_audit_chain SET last_seq = " + seq + ", last_mac = (SELECT entry_mac FROM sr_audit_event"
                + " WHERE org_id = '" + organisation + "' AND seq = " + seq + ") WHERE org_id = '" + organisation + "'");
    }
}
