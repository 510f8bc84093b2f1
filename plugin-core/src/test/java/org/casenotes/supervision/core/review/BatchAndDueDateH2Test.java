package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class BatchAndDueDateH2Test extends BatchAndDueDateScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
