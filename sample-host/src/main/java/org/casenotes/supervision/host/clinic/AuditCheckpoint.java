package org.casenotes.supervision.host.clinic;

import java.io.UncheckedIOException;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.error.SupervisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's habit of signing the audit chain's head whenever it is done with the module: at
 * the end of every CLI command that used it and when the server shuts down. A refusal (the
 * chain does not verify) is reported, never hidden by a new checkpoint.
 */
public final class AuditCheckpoint {

    /** The host itself, acting as an admin to take checkpoints and verify the chain. */
    public static final Actor HOST = Actor.of("sample-host", "sample-clinic", Role.ADMIN);

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoint.class);

    private AuditCheckpoint() {
    }

    /**
     * Takes a checkpoint; logs instead of throwing, so closing goes on.
     *
     * @param module the open module
     * @return {@code true} when a checkpoint was written
     */
    public static boolean takeBeforeClosing(SupervisionModule module) {
        try {
            long sequence = module.audit().checkpoint(HOST).sequence();
            LOG.info("audit checkpoint at event #{}", sequence);
            return true;
        } catch (SupervisionException | UncheckedIOException e) {
            LOG.warn("no audit checkpoint taken: {}", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            // A fault inside the plugin must not stop the host from closing the rest.
            LOG.warn("no audit checkpoint taken: the plugin failed with {}", e.getClass().getName());
            return false;
        }
    }
}
