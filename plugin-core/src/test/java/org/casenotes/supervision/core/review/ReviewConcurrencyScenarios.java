package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.review.TestClinic.BACKUP_IN;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.SUP;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.OverdueCheck;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.api.review.ReviewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many threads racing conflicting actions on the same notes: one winner each, nothing lost. */
abstract class ReviewConcurrencyScenarios {

    private static final int NOTES = 12;
    private static final int THREADS = 8;

    TestClinic clinic;
    ReviewService reviews;
    ExecutorService pool;

    abstract DataSource database();

    @BeforeEach
    void open() throws Exception {
        clinic = new TestClinic(database());
        reviews = clinic.reviews;
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
    }

    @Test
    void ofConflictingActionsOnEachNoteExactlyOneWinsAndTheOthersGetAConflict() throws Exception {
        List<Review> notes = new ArrayList<>();
        for (int i = 0; i < NOTES; i++) {
            notes.add(ReviewFlows.noteIn(clinic, CLIN, ReviewState.IN_REVIEW));
        }
        clinic.host.forgetSentEvents();
        List<Callable<Object>> contenders = new ArrayList<>();
        for (Review note : notes) {
            String id = note.noteId();
            long v = note.version();
            contenders.add(() -> reviews.coSign(SUP, id, v));
            contenders.add(() -> reviews.coSign(BACKUP_IN, id, v));
            contenders.add(() -> reviews.requestChanges(SUP, id, v, "Please add the rationale."));
            contenders.add(() -> reviews.comment(BACKUP_IN, id, v, NewComment.onNote("Looks fine to me.")));
        }
        Collections.shuffle(contenders, new Random(7));

        List<Object> outcomes = race(contenders);

        List<Review> winners = outcomes.stream().filter(Review.class::isInstance).map(Review.class::cast).toList();
        assertThat(outcomes).filteredOn(o -> !(o instanceof Review)).allSatisfy(o ->
                assertThat(o).isInstanceOf(ConflictException.class));
        assertThat(winners).hasSize(NOTES).extracting(Review::noteId).doesNotHaveDuplicates();
        for (Review before : notes) {
            Review after = clinic.stored(before.noteId());
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(winners).contains(after);
            assertThat(clinic.audit.rows()).filteredOn(r -> ("client-" + before.noteId()).equals(r.client()))
                    .as("two set-up actions and the one winner").hasSize(3);
        }
        long coSigned = winners.stream().filter(r -> r.state() == ReviewState.CO_SIGNED).count();
        long returned = winners.stream().filter(r -> r.state() == ReviewState.CHANGES_REQUESTED).count();
        assertThat(clinic.events(ReviewEvent.CoSigned.class)).hasSize((int) coSigned);
        assertThat(clinic.events(ReviewEvent.ChangesRequested.class)).hasSize((int) returned);
    }

    @Test
    void racingFirstSubmissionsOfOneNoteStoreOneReview() throws Exception {
        String note = clinic.note(CLIN);
        List<Callable<Object>> contenders = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            contenders.add(() -> reviews.submit(CLIN, note, 0));
        }

        List<Object> outcomes = race(contenders);

        assertThat(outcomes).filteredOn(Review.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Review)).allSatisfy(o ->
                assertThat(o).isInstanceOf(ConflictException.class));
        assertThat(clinic.stored(note).version()).isEqualTo(1);
        assertThat(reviews.history(CLIN, note).transitions()).hasSize(1);
        assertThat(clinic.events(ReviewEvent.Submitted.class)).hasSize(1);
    }

    @Test
    void commentersWhoReloadAndRetryOnConflictLoseNoComment() throws Exception {
        Review start = ReviewFlows.noteIn(clinic, CLIN, ReviewState.IN_REVIEW);
        String note = start.noteId();
        int perThread = 4;
        Actor[] actors = {SUP, BACKUP_IN, CLIN};
        Map<String, Boolean> written = new ConcurrentHashMap<>();
        List<Callable<Object>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Actor actor = actors[t % actors.length];
            int thread = t;
            writers.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    String text = "comment " + thread + "." + i;
                    while (true) {
                        long version = reviews.review(actor, note).version();
                        try {
                            reviews.comment(actor, note, version, NewComment.onNote(text));
                            written.put(text, true);
                            break;
                        } catch (ConflictException e) {
                            // reload and try again, as a user would
                        }
                    }
                }
                return thread;
            });
        }

        race(writers);

        assertThat(clinic.stored(note).version()).isEqualTo(start.version() + (long) THREADS * perThread);
        assertThat(reviews.history(SUP, note).comments()).extracting(c -> c.text())
                .containsExactlyInAnyOrderElementsOf(written.keySet()).hasSize(THREADS * perThread);
    }

    @Test
    void hostsCheckingForOverdueNotesAtOnceRaiseEachNoteOnce() throws Exception {
        List<String> late = new ArrayList<>();
        for (int i = 0; i < NOTES; i++) {
            late.add(ReviewFlows.noteIn(clinic, CLIN, i % 2 == 0 ? ReviewState.SUBMITTED : ReviewState.IN_REVIEW)
                    .noteId());
        }
        clinic.host.forgetSentEvents();
        Instant muchLater = TestClinic.START.plus(Duration.ofDays(30));
        List<Callable<Object>> checkers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            checkers.add(() -> reviews.checkOverdue(TestClinic.ORG, muchLater));
        }

        List<Object> outcomes = race(checkers);

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(OverdueCheck.class));
        assertThat(outcomes.stream().map(OverdueCheck.class::cast).flatMap(c -> c.overdue().stream()))
                .containsExactlyInAnyOrderElementsOf(late);
        assertThat(outcomes.stream().map(OverdueCheck.class::cast).flatMap(c -> c.escalated().stream()))
                .containsExactlyInAnyOrderElementsOf(late);
        assertThat(clinic.events(ReviewEvent.Overdue.class)).hasSize(NOTES);
        assertThat(clinic.events(ReviewEvent.Escalated.class)).hasSize(NOTES);
    }

    /** Starts every task at once and returns each one's result or exception. */
    private List<Object> race(List<Callable<Object>> tasks) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            futures.add(pool.submit(() -> {
                gate.await();
                try {
                    return task.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        gate.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(120, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
