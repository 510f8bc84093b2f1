package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * The database's audit identity ({@code sr_audit_database}): the id its anchors are kept under
 * in the host's sink, and a keyed fingerprint of the chain key, checked each time a module
 * starts so that a host with another key is refused before it writes an event no one could
 * verify. The check is one HMAC, whatever the length of the chain.
 *
 * <p>The first module on a database creates the row. On a database upgraded from the global
 * chain, it first checks the key against the chain's first event (one MAC, not a walk); a
 * database that already holds events of organisation chains but no identity row lost it to
 * tampering, and is refused.
 */
final class DatabaseIdentity {

    static final String KEY_MISMATCH = "audit.key-mismatch";
    static final String IDENTITY_MISSING = "audit.identity-missing";
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseIdentity() {
    }

    /**
     * Reads or creates the identity and checks the key against it.
     *
     * @param transactions the module's transaction runner
     * @param key the host's chain key
     * @return the database's identity
     * @throws InvalidStateException {@code audit.key-mismatch} when the key is not the one the
     *     chain was written with; {@code audit.identity-missing} when the identity row is gone
     */
    static String establish(Transactions transactions, SecretKey key) {
        return transactions.inTransaction("check the audit chain key", tx -> {
            Connection connection = tx.connection();
            Optional<String[]> stored = read(connection);
            if (stored.isPresent()) {
                return checked(stored.get()[0], stored.get()[1], key);
            }
            requireNoOrganisationChains(connection);
            requireKeyFitsLegacyChain(connection, key);
            String id = UUID.randomUUID().toString();
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sr_audit_database (singleton, database_id, key_check) VALUES (1, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, new ChainMac(key).keyCheck(id));
                insert.executeUpdate();
                return id;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeInsert);
                String[] other = read(connection).orElseThrow(() -> e);
                return checked(other[0], other[1], key);
            }
        });
    }

    private static String checked(String id, String keyCheck, SecretKey key) {
        if (!ChainMac.same(new ChainMac(key).keyCheck(id), keyCheck)) {
            throw mismatch();
        }
        return id;
    }

    private static Optional<String[]> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT database_id, key_check FROM sr_audit_database WHERE singleton = 1");
                ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
        }
    }

    private static void requireNoOrganisationChains(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT org_id FROM sr_audit_event WHERE legacy_seq IS NULL FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                throw new InvalidStateException(IDENTITY_MISSING, "the database's audit identity row is gone"
                        + " although its audit trail has events: it was tampered with; restore it from a backup");
            }
        }
    }

    private static void requireKeyFitsLegacyChain(Connection connection, SecretKey key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ChainRow.COLUMNS
                + " FROM sr_audit_event WHERE legacy_seq IS NOT NULL ORDER BY legacy_seq FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                ChainRow first = ChainRow.read(rs);
                if (!ChainMac.same(new ChainMac(key).of(first), first.entryMac())) {
                    throw mismatch();
                }
            }
        }
    }

    private static InvalidStateException mismatch() {
        return new InvalidStateException(KEY_MISMATCH, "the audit chain key the host supplied is not the key"
                + " this database's audit trail was written with; start with the original key file"
                + " (nothing was written)");
    }
}
