package org.casenotes.supervision.core.review;

import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;

/**
 * The outbox's scenarios on a host whose PostgreSQL driver rewrites batched inserts into one
 * multi-row insert: the events of one transaction must still be numbered apart and in order (a
 * batch of the numbering insert would give two events of a co-sign the same number there).
 */
@Postgres
class EventOutboxRewritingBatchesPostgresTest extends EventOutboxScenarios {

    @Override
    DataSource database() {
        return TestDatabases.postgresRewritingBatchedInserts();
    }
}
