package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;

@Postgres
class EventOutboxPostgresTest extends EventOutboxScenarios {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
