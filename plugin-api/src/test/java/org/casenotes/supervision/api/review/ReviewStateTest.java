package org.casenotes.supervision.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewStateTest {

    @Test
    void eachStateExportsAsTheFhirTaskStatusOfItsMeaning() {
        assertThat(ReviewState.SUBMITTED.fhirStatus().code()).isEqualTo("requested");
        assertThat(ReviewState.IN_REVIEW.fhirStatus().code()).isEqualTo("in-progress");
        assertThat(ReviewState.CHANGES_REQUESTED.fhirStatus().code()).isEqualTo("on-hold");
        assertThat(ReviewState.CHANGES_REQUESTED.fhirBusinessStatus()).isEqualTo("changes-requested");
        assertThat(ReviewState.CO_SIGNED.fhirStatus().code()).isEqualTo("completed");
        assertThat(ReviewState.WITHDRAWN.fhirStatus().code()).isEqualTo("cancelled");
        assertThat(ReviewState.DRAFT.fhirStatus().code()).isEqualTo("draft");
    }

    @Test
    void onlyAnOnHoldStateNeedsABusinessStatus() {
        for (ReviewState state : ReviewState.values()) {
            assertThat(state.fhirBusinessStatus() != null)
                    .as(state.name()).isEqualTo(state.fhirStatus() == FhirTaskStatus.ON_HOLD);
        }
    }

    @Test
    void theClinicianEditsOnlyWhileTheNoteIsWithThem() {
        assertThat(ReviewState.values()).filteredOn(ReviewState::editable)
                .containsExactly(ReviewState.DRAFT, ReviewState.CHANGES_REQUESTED, ReviewState.WITHDRAWN);
        assertThat(ReviewState.values()).filteredOn(ReviewState::awaitingSupervisor)
                .containsExactly(ReviewState.SUBMITTED, ReviewState.IN_REVIEW);
    }
}
