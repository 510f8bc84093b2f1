package org.casenotes.supervision.host.clinic;

import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.api.error.InvalidStateException;

/**
 * The host refuses to start because its audit key files do not fit the database's audit trail:
 * missing (the trail needs the old keys; new ones would leave it unverifiable) or other keys.
 * Nothing is re-keyed: key files created while trying are removed again.
 */
public final class AuditKeysRefused extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private AuditKeysRefused(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the module, or refuses when the plugin reports that the audit key does not fit.
     *
     * @param provider the plugin's provider
     * @param context the host context, whose key files were just opened
     * @return the module
     * @throws AuditKeysRefused when the key files are missing or do not fit the trail
     */
    public static SupervisionModule createModule(SupervisionModuleProvider provider, ClinicHostContext context) {
        try {
            return provider.create(context);
        } catch (InvalidStateException e) {
            if (!e.code().startsWith("audit.key-") && !e.code().equals("audit.identity-missing")) {
                throw e;
            }
            AuditKeyFiles keys = context.keyFiles();
            if (keys.keyCreatedNow()) {
                keys.removeKeysCreatedNow();
                throw new AuditKeysRefused("the audit key files are missing from the data folder's keys/ but the"
                        + " database holds an audit trail written with other keys; restore keys/audit-hmac.key"
                        + " (and the checkpoint key pair) from the backup. No new keys were kept.", e);
            }
            throw new AuditKeysRefused("the audit key file keys/audit-hmac.key does not fit the database's audit"
                    + " trail (" + e.getMessage() + ")", e);
        }
    }
}
