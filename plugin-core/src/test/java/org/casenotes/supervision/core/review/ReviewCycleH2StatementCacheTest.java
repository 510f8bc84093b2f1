package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.H2StatementCache;
import org.casenotes.supervision.core.testing.OneSession;
import org.junit.jupiter.api.Test;

/**
 * The review cycle (a section saved, the note submitted, its review started and co-signed, and
 * the events delivered after each commit) leaves H2 no query in its statement cache: every read
 * of the cycle goes as {@code Dialect.H2}'s {@code CALL}, which H2 keeps parsed without
 * walking it at each first change of a table in a transaction (benchmarks/ANALYSIS.md measured
 * that walk at a sixth of the cycle with the reads kept as queries). A plain {@code SELECT} added
 * to the cycle fails this test.
 */
class ReviewCycleH2StatementCacheTest {

    @Test
    void theReviewCycleKeepsNoQueryInH2sStatementCache() throws Exception {
        // One connection: every statement of the cycle goes to the one session looked at.
        OneSession one = new OneSession();
        try {
            WritePathRound round = new WritePathRound(one.dataSource());
            try (SupervisionModule module = new SupervisionModuleFactory().create(round.host())) {
                Reviews reviews = module.reviews();
                // What start-up left (Flyway's and the module's own one-off reads) is not the cycle's.
                List<String> before;
                try (Connection lent = one.dataSource().getConnection()) {
                    before = H2StatementCache.queries(lent);
                }
                for (int i = 0; i < 3; i++) {
                    Review submitted = round.documentedAndSubmitted(module);
                    Review started = reviews.startReview(WritePathRound.SUPERVISOR, submitted.noteId(),
                            submitted.version());
                    assertThat(reviews.coSign(WritePathRound.SUPERVISOR, started.noteId(), started.version()).state())
                            .isEqualTo(ReviewState.CO_SIGNED);
                }
                try (Connection lent = one.dataSource().getConnection()) {
                    assertThat(H2StatementCache.statements(lent)).as("the cycle's statements, kept parsed")
                            .anyMatch(sql -> sql.startsWith("CALL (SELECT ROW(") && sql.contains(" FROM sr_review "))
                            .anyMatch(sql -> sql.startsWith("CALL ARRAY(SELECT ROW(") && sql.contains("sr_event_outbox"));
                    assertThat(H2StatementCache.queries(lent)).as("queries the cycle left in the cache,"
                            + " which H2 walks at every first change of a table in a transaction")
                            .containsExactlyInAnyOrderElementsOf(before);
                }
            }
        } finally {
            one.session().close();
        }
    }
}
