package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class RefusalAuditH2Test extends RefusalAuditScenarios {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
