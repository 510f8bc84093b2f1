package org.casenotes.supervision.core.meeting;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class MeetingRoundTripH2Test extends MeetingRoundTripScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
