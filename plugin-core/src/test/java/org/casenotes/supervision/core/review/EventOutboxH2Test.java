package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class EventOutboxH2Test extends EventOutboxScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
