package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.CLIN2;
import static org.casenotes.supervision.core.review.TestClinic.SUP;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.Page;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The supervisor's queue: who sees what, filters, and keyset paging by due date. */
abstract class ReviewQueueScenarios {

    TestClinic clinic;
    ReviewService reviews;
    final List<Review> submitted = new ArrayList<>();

    abstract DataSource database();

    @BeforeEach
    void fillQueue() throws Exception {
        clinic = new TestClinic(database());
        reviews = clinic.reviews;
        for (int i = 0; i < 23; i++) {
            Actor author = i % 3 == 0 ? CLIN2 : CLIN;
            String note = clinic.note(author);
            if (i % 4 == 0) {
                clinic.section(note, "motive");
            }
            submitted.add(reviews.submit(author, note, 0));
            if (i % 5 == 4) {
                clinic.clock.advance(Duration.ofDays(1));
            }
        }
    }

    @Test
    void pagesFollowTheDueDateWithoutGapsOrRepeats() {
        List<Review> paged = new ArrayList<>();
        QueueQuery query = QueueQuery.waiting(5);
        int pages = 0;
        while (true) {
            Page<Review> page = reviews.queue(SUP, query);
            pages++;
            assertThat(page.items()).hasSizeLessThanOrEqualTo(5);
            paged.addAll(page.items());
            if (page.next().isEmpty()) {
                break;
            }
            query = query.next(page.nextCursor());
        }

        assertThat(pages).isEqualTo(5);
        assertThat(paged).extracting(Review::noteId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(submitted.stream().map(Review::noteId).toList());
        assertThat(paged).isSortedAccordingTo(Comparator.comparing(Review::dueDate));
        assertThat(paged).isEqualTo(reviews.queue(SUP, QueueQuery.waiting(100)).items());
    }

    @Test
    void filtersBySuperviseeFlagAndState() {
        Review first = submitted.get(1);
        reviews.coSign(SUP, first.noteId(), first.version());

        assertThat(reviews.queue(SUP, new QueueQuery("clin2", Set.of(), null, false, 100, null)).items())
                .hasSize(8).allSatisfy(r -> assertThat(r.clinicianId()).isEqualTo("clin2"));
        assertThat(reviews.queue(SUP, new QueueQuery(null, Set.of(), true, false, 100, null)).items())
                .hasSize(6).allSatisfy(r -> assertThat(r.flagRuleIds()).containsExactly("motive"));
        assertThat(reviews.queue(SUP, new QueueQuery(null, Set.of(), false, false, 100, null)).items()).hasSize(16);
        assertThat(reviews.queue(SUP, new QueueQuery(null, Set.of(ReviewState.CO_SIGNED), null, false, 100, null))
                .items()).extracting(Review::noteId).containsExactly(first.noteId());
    }

    @Test
    void aQueueHoldsOnlyTheNotesOfCurrentSuperviseesOfTheActorsOwnOrganisation() throws Exception {
        assertThat(reviews.queue(TestClinic.BACKUP_IN, QueueQuery.waiting(100)).items())
                .hasSize(15).allSatisfy(r -> assertThat(r.clinicianId()).isEqualTo("clin"));
        assertThat(reviews.queue(TestClinic.BACKUP_OUT, QueueQuery.waiting(100)).items()).isEmpty();
        assertThat(reviews.queue(TestClinic.UNASSIGNED, QueueQuery.waiting(100)).items()).isEmpty();
        assertThat(reviews.queue(TestClinic.FOREIGN, QueueQuery.waiting(100)).items()).isEmpty();
        assertThat(clinic.audit.rows()).filteredOn(r -> r.action().equals("QUERY")).hasSize(4);
    }

    @Test
    void aBadCursorOrPageSizeIsAValidationError() {
        assertThatThrownBy(() -> reviews.queue(SUP, QueueQuery.waiting(5).next("not a cursor!")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/after"));
        assertThatThrownBy(() -> QueueQuery.waiting(0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/pageSize"));
        assertThatThrownBy(() -> reviews.returnedNotes(CLIN, 500, null)).isInstanceOf(ValidationException.class);
    }
}
