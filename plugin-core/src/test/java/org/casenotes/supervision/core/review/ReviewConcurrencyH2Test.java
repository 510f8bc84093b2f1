package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class ReviewConcurrencyH2Test extends ReviewConcurrencyScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
