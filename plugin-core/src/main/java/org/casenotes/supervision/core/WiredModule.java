package org.casenotes.supervision.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.Disclosures;
import org.casenotes.supervision.api.policy.Policies;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.disclosure.DisclosureService;
import org.casenotes.supervision.core.policy.PolicyService;
import org.casenotes.supervision.core.storage.Transactions;

/** The module a host receives: each feature's service, built once over the host context. */
final class WiredModule implements SupervisionModule {

    private static final int REACHABLE_TIMEOUT_SECONDS = 2;

    private final HostContext host;
    private final String schemaVersion;
    private final PolicyService policies;
    private final DisclosureService disclosures;

    WiredModule(HostContext host, String schemaVersion) {
        this.host = host;
        this.schemaVersion = schemaVersion;
        Transactions transactions = new Transactions(host.dataSource());
        AuditTrail audit = (tx, entry) -> { }; // replaced by the HMAC-chained trail when it lands
        this.policies = new PolicyService(transactions, host.clock(), host.policies(), audit);
        this.disclosures = new DisclosureService(transactions, host.clock(), host.directory(), host.notes(),
                policies, audit);
    }

    @Override
    public String version() {
        return PluginVersion.current();
    }

    @Override
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public boolean databaseReachable() {
        try (Connection connection = host.dataSource().getConnection()) {
            return connection.isValid(REACHABLE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Disclosures disclosures() {
        return disclosures;
    }

    @Override
    public Policies policies() {
        return policies;
    }

    @Override
    public void close() {
        // The module holds no resources of its own yet; the data source belongs to the host.
    }
}
