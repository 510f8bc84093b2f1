package org.casenotes.supervision.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.SupervisionModule;

/** The module a host receives: each feature's service, built once over the host context. */
final class WiredModule implements SupervisionModule {

    private static final int REACHABLE_TIMEOUT_SECONDS = 2;

    private final HostContext host;
    private final String schemaVersion;

    WiredModule(HostContext host, String schemaVersion) {
        this.host = host;
        this.schemaVersion = schemaVersion;
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
    public void close() {
        // The module holds no resources of its own yet; the data source belongs to the host.
    }
}
