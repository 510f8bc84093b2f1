package org.casenotes.supervision.host.web.auth;

import java.util.Optional;
import java.util.function.Supplier;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.HostAuditEntry;
import org.casenotes.supervision.host.clinic.ClinicUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's own audit events about sessions (sign-in, failed sign-in, lock-out, sign-out, a
 * refused signature password), recorded through the plugin's audit API into the practice's
 * chain. A failed attempt names the account tried only when it exists; text typed for an
 * unknown account is never recorded (it may be a mistyped password). Without the plugin, the
 * events are not recorded and the host says so in its log.
 */
public final class SignInAudit {

    /** Where attempts on unknown accounts are recorded: the host's own organisation. */
    static final String HOST_ORGANISATION = "sample-host";

    private static final Logger LOG = LoggerFactory.getLogger(SignInAudit.class);
    private static final String CATEGORY = "session";

    private final Supplier<Optional<SupervisionModule>> module;

    /**
     * Creates the recorder.
     *
     * @param module the supervision module, when available
     */
    public SignInAudit(Supplier<Optional<SupervisionModule>> module) {
        this.module = module;
    }

    void signedIn(ClinicUser user) {
        record(user.organisationId(), user.userId(), AuditAction.SIGN_IN, null);
    }

    void signedOut(ClinicUser user) {
        record(user.organisationId(), user.userId(), AuditAction.SIGN_OUT, null);
    }

    void refused(Optional<ClinicUser> account, String attempted, String reason) {
        String detail = "attempted=" + attempted + ";reason=" + reason;
        if (account.isPresent()) {
            record(account.get().organisationId(), account.get().userId(), AuditAction.REFUSED, detail);
        } else {
            record(HOST_ORGANISATION, "unknown-account", AuditAction.REFUSED, detail);
        }
    }

    private void record(String organisation, String userId, AuditAction action, String detail) {
        Optional<SupervisionModule> supervision = module.get();
        if (supervision.isEmpty()) {
            LOG.warn("a {} event is not audited: the supervision plugin is unavailable", action);
            return;
        }
        try {
            supervision.get().audit().record(
                    new HostAuditEntry(organisation, userId, action, CATEGORY, "user", userId, detail));
        } catch (RuntimeException e) {
            LOG.warn("a {} event could not be audited: {}", action, e.getClass().getSimpleName());
        }
    }
}
