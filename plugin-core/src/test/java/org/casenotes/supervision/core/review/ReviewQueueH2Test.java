package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class ReviewQueueH2Test extends ReviewQueueScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
