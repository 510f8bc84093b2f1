package org.casenotes.supervision.core.disclosure;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.TestDatabases;

/** The storage contract on H2. */
class DisclosureStorageH2Test extends DisclosureStorageContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
