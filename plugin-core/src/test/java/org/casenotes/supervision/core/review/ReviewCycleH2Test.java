package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class ReviewCycleH2Test extends ReviewCycleScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
