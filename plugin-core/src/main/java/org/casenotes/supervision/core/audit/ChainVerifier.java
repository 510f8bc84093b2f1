package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.audit.ChainVerification;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * Verifies the whole trail: every organisation's chain from its first event, then each against
 * its head row and against the head the latest signed anchor recorded for it, which together
 * catch a tail cut off the end and a whole organisation's chain dropped; the old global chain,
 * where one exists, the same way. Each chain's first problem is reported, as it names the
 * earliest bad event of that chain.
 *
 * <p>The limit, by design: events after the latest anchor, deleted together with a rewound head
 * row, look like events never written. Anchors bound that window: every N events of an
 * organisation, and whenever the host asks (the sample host: at the end of every command and at
 * shutdown). Thread-safe.
 */
final class ChainVerifier {

    private final Transactions transactions;
    private final ChainWalker walker;
    private final Anchors anchors;
    private final boolean headCheck;

    ChainVerifier(Transactions transactions, ChainWalker walker, Anchors anchors) {
        this(transactions, walker, anchors, true);
    }

    /** With the head-row check switchable, so a test can prove the anchor check on its own. */
    ChainVerifier(Transactions transactions, ChainWalker walker, Anchors anchors, boolean headCheck) {
        this.transactions = transactions;
        this.walker = walker;
        this.anchors = anchors;
        this.headCheck = headCheck;
    }

    AuditVerification verify() {
        Optional<Checkpoint> latest = anchors.latest();
        return transactions.inTransaction("verify the audit chain", tx -> {
            Connection connection = tx.connection();
            TreeMap<String, ChainHead> heads = Anchors.currentHeads(connection);
            AnchorCheck anchor = AnchorCheck.of(connection, latest, anchors);
            TreeSet<String> organisations = new TreeSet<>(heads.keySet());
            organisations.addAll(anchor.heads().keySet());
            organisations.addAll(organisationsWithEvents(connection));
            List<ChainVerification> chains = new ArrayList<>();
            for (String organisation : organisations) {
                chains.add(verifyChain(connection, organisation, heads.get(organisation),
                        anchor.heads().get(organisation)));
            }
            return outcome(anchor, chains);
        });
    }

    private ChainVerification verifyChain(Connection connection, String organisation, ChainHead head,
            ChainHead anchored) throws SQLException {
        boolean legacy = organisation.equals(AnchorHeads.LEGACY);
        String id = legacy ? null : organisation;
        long watch = anchored == null ? -1 : anchored.lastSeq();
        ChainWalker.Walk walk = legacy ? walker.walkLegacy(connection, watch)
                : walker.walk(connection, organisation, 0, ChainMac.GENESIS, Long.MAX_VALUE, watch);
        if (walk.problem() != null) {
            return walk.problem();
        }
        long count = walk.lastSeq();
        long headSeq = head == null ? 0 : head.lastSeq();
        if (headCheck && headSeq > count) {
            return truncated(id, count, "its head row records " + headSeq + " events");
        }
        if (headCheck && headSeq < count) {
            return ChainVerification.broken(id, headSeq, headSeq + 1, AuditProblem.INSERTED,
                    "audit event #" + (headSeq + 1) + " stands after the chain's head row: inserted");
        }
        if (anchored != null) {
            if (anchored.lastSeq() > count) {
                return truncated(id, count, "the latest anchor covers " + anchored.lastSeq() + " events");
            }
            if (!ChainMac.same(walk.watchedMac(), anchored.lastMac())) {
                return ChainVerification.broken(id, count, anchored.lastSeq(), AuditProblem.CHECKPOINT_MISMATCH,
                        "audit event #" + anchored.lastSeq()
                                + " is not the event the latest anchor signed: the chain was replaced");
            }
        }
        return ChainVerification.intact(id, count);
    }

    private static AuditVerification outcome(AnchorCheck anchor, List<ChainVerification> chains) {
        if (anchor.problem() != null) {
            return AuditVerification.broken(null, anchor.problem(), anchor.message(), chains);
        }
        for (ChainVerification chain : chains) {
            if (!chain.intact()) {
                String which = chain.organisationId() == null ? "the chain written before per-organisation chains"
                        : "organisation " + chain.organisationId();
                return AuditVerification.broken(chain.firstBadSequence(), chain.problem(),
                        which + ": " + chain.message(), chains);
            }
        }
        return AuditVerification.intact(chains);
    }

    /** Every organisation that has events, whether or not its head row survives. */
    private static List<String> organisationsWithEvents(Connection connection) throws SQLException {
        List<String> organisations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT org_id FROM sr_audit_event");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                organisations.add(rs.getString(1));
            }
        }
        return organisations;
    }

    private static ChainVerification truncated(String organisation, long count, String evidence) {
        return ChainVerification.broken(organisation, count, count + 1, AuditProblem.TRUNCATED,
                "audit event #" + (count + 1) + " and later are missing: " + evidence
                        + " but the chain ends at #" + count);
    }
}
