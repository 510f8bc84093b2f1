package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.TreeMap;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.Checkpoint;

/**
 * The latest anchor as verification uses it: its signature checked, and the heads it signed
 * read back from the database and checked against its Merkle root. Only heads that pass both
 * are trusted to measure the chains against.
 *
 * @param heads the anchored heads by organisation; empty when there is no trustworthy anchor
 * @param problem what is wrong with the anchor itself, or {@code null}
 * @param message a readable sentence when there is a problem
 */
record AnchorCheck(TreeMap<String, ChainHead> heads, AuditProblem problem, String message) {

    static AnchorCheck of(Connection connection, Optional<Checkpoint> latest, Anchors anchors) throws SQLException {
        if (latest.isEmpty()) {
            return new AnchorCheck(new TreeMap<>(), null, null);
        }
        Checkpoint anchor = latest.get();
        if (!anchors.verifies(anchor)) {
            return new AnchorCheck(new TreeMap<>(), AuditProblem.CHECKPOINT_FORGED,
                    "the latest anchor (" + anchor.sequence()
                            + " events) does not carry a valid signature for this database: it was tampered with");
        }
        TreeMap<String, ChainHead> heads = AnchorHeads.of(connection, anchor.sequence());
        if (!MerkleRoot.of(heads).equals(anchor.headMac())) {
            return new AnchorCheck(new TreeMap<>(), AuditProblem.CHECKPOINT_MISMATCH,
                    "the chain heads the latest anchor (" + anchor.sequence()
                            + " events) signed were altered or removed in the database");
        }
        return new AnchorCheck(heads, null, null);
    }
}
