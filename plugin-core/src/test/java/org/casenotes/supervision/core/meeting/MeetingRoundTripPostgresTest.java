package org.casenotes.supervision.core.meeting;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;

@Postgres
class MeetingRoundTripPostgresTest extends MeetingRoundTripScenarios {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
