package org.casenotes.supervision.core.audit;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;

@Postgres
class AnchorPostgresTest extends AnchorContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
