package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class DatabaseFaultH2Test extends DatabaseFaultScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
