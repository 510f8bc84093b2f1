package org.casenotes.supervision.core.audit;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;

@Postgres
class ReleaseUpgradePostgresTest extends ReleaseUpgradeContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
