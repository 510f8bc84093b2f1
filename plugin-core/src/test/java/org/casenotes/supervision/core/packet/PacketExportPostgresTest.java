package org.casenotes.supervision.core.packet;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;

/** The packet export round trip on PostgreSQL. */
@Postgres
class PacketExportPostgresTest extends PacketExportContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
