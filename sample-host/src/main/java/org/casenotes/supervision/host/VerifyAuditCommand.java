package org.casenotes.supervision.host;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.audit.ChainVerification;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.host.clinic.AuditCheckpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Verifies the audit trail: every organisation's chain (each event's MAC and link, the gapless
 * sequence, the head row) and that every chain still reaches the head the latest signed anchor
 * recorded for it. Each broken chain is listed with its first broken event.
 */
@Command(name = "verify-audit", description = {
    "Verify the audit trail's HMAC chain against the latest signed checkpoint.",
    "Exit 0: intact. Exit 1: broken, the first bad event is named. Exit 2: could not verify."})
final class VerifyAuditCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Override
    public Integer call() throws Exception {
        ModuleSession session;
        try {
            session = ModuleSession.open(options);
        } catch (IllegalStateException | SupervisionException e) {
            System.err.println("cannot verify the audit trail: " + e.getMessage());
            return 2;
        }
        try (session) {
            AuditVerification verification = session.module().audit().verify(AuditCheckpoint.HOST);
            if (verification.intact()) {
                System.out.println(verification.message());
                return 0;
            }
            System.out.println("audit chain BROKEN"
                    + (verification.firstBadSequence() == null ? "" : " at event #" + verification.firstBadSequence())
                    + " (" + verification.problem() + "): " + verification.message());
            for (ChainVerification chain : verification.chains()) {
                if (!chain.intact()) {
                    System.out.println("  " + (chain.organisationId() == null ? "chain before 0.2"
                            : "organisation " + chain.organisationId())
                            + (chain.firstBadSequence() == null ? "" : ": first broken event #" + chain.firstBadSequence())
                            + " (" + chain.problem() + "): " + chain.message());
                }
            }
            return 1;
        } catch (UncheckedIOException e) {
            System.out.println("audit chain BROKEN: the latest checkpoint cannot be read: " + e.getMessage());
            return 1;
        }
    }
}
