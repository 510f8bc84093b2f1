package org.casenotes.supervision.core.audit;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

class AuditChainH2Test extends AuditChainContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
