package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class CoSignSelectionFlowH2Test extends CoSignSelectionFlowScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
