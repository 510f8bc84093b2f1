package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class IsolationPermutationsH2Test extends IsolationPermutationScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
