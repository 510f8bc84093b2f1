package org.casenotes.supervision.api.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class NewCommentTest {

    @Test
    void everyProblemOfACommentIsReportedAtOnce() {
        assertThatThrownBy(() -> new NewComment(null, -2, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path, FieldProblem::code)
                        .containsExactly(
                                tuple("/text", "required"),
                                tuple("/entryIndex", "out-of-range")));
    }

    @Test
    void aCommentLongerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> NewComment.onNote("x".repeat(NewComment.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("too-long"));
        assertThat(NewComment.onNote("x".repeat(NewComment.MAX_LENGTH)).text()).hasSize(NewComment.MAX_LENGTH);
    }

    @Test
    void aQueueQueryWithoutStatesAsksForWhatWaitsForTheSupervisor() {
        assertThat(QueueQuery.waiting(10).states()).containsExactlyInAnyOrder(ReviewState.SUBMITTED, ReviewState.IN_REVIEW);
        assertThatThrownBy(() -> new QueueQuery(null, Set.of(ReviewState.DRAFT), null, false, 10, null))
                .isInstanceOf(ValidationException.class);
    }
}
