package org.casenotes.supervision.core.disclosure;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;

/** The storage contract, the pattern rule over stored history included, on PostgreSQL. */
@Postgres
class DisclosureStoragePostgresTest extends DisclosureStorageContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
