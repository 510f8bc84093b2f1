package org.casenotes.supervision.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.core.meeting.MeetingService;
import org.casenotes.supervision.core.storage.Transactions;

/** The module a host receives: each feature's service, built once over the host context. */
final class WiredModule implements SupervisionModule {

    private static final int REACHABLE_TIMEOUT_SECONDS = 2;

    private final HostContext host;
    private final String schemaVersion;
    private final Meetings meetings;

    WiredModule(HostContext host, String schemaVersion) {
        this.host = host;
        this.schemaVersion = schemaVersion;
        Transactions transactions = new Transactions(host.dataSource());
        this.meetings = new MeetingService(host, transactions,
                (tx, org, supervisee, from, to) -> List.of(), // replaced by the review-backed agenda source
                (tx, entry) -> { }); // replaced by the real core.audit trail
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
    public Meetings meetings() {
        return meetings;
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
    public void close() {
        // The module holds no resources of its own yet; the data source belongs to the host.
    }
}
