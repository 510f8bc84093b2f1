package org.casenotes.supervision.core.audit;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class ReleaseUpgradeH2Test extends ReleaseUpgradeContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
