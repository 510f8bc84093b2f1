package org.casenotes.supervision.core.audit;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class AnchorH2Test extends AnchorContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
