package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;

@Postgres
class CoSignSelectionFlowPostgresTest extends CoSignSelectionFlowScenarios {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
