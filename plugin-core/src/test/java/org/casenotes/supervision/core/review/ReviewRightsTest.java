package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.ORG;
import static org.casenotes.supervision.core.review.TestClinic.OTHER_ORG;
import static org.casenotes.supervision.core.review.TestClinic.SUP;
import static org.casenotes.supervision.core.review.TestClinic.UNASSIGNED;

import java.time.LocalDate;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionAssignment.Kind;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review rights rest on the plugin's own checks, not on the host answering exactly: a
 * directory that hands back other practices', other supervisors' or other clinicians'
 * assignments, or a note lookup that answers with another practice's note, grants nothing.
 * And the cases the authorisation matrix does not hold: a supervisor who is also an admin, and
 * the bounds of a note id.
 */
class ReviewRightsTest {

    private static final Actor SUP_ADMIN = Actor.of("sup-admin", ORG, Role.SUPERVISOR, Role.ADMIN);

    private TestClinic clinic;

    @BeforeEach
    void openClinic() throws Exception {
        clinic = new TestClinic(TestDatabases.h2());
    }

    @Test
    void anAssignmentInAnotherPracticeGivesNoRightToReviewThisPracticesNote() {
        Review submitted = submittedNoteOf(CLIN);
        clinic.host.assign(assignment(OTHER_ORG, UNASSIGNED.userId(), CLIN.userId()));
        clinic.careless = true;

        assertThatThrownBy(() -> clinic.reviews.startReview(UNASSIGNED, submitted.noteId(), submitted.version()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(clinic.stored(submitted.noteId()).state()).isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void anotherSupervisorsAssignmentGivesNoRightToReview() {
        Review submitted = submittedNoteOf(CLIN);
        clinic.careless = true;

        assertThatThrownBy(() -> clinic.reviews.startReview(UNASSIGNED, submitted.noteId(), submitted.version()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(clinic.reviews.startReview(SUP, submitted.noteId(), submitted.version()).state())
                .as("the assigned supervisor still may").isEqualTo(ReviewState.IN_REVIEW);
    }

    @Test
    void supervisingAnotherClinicianGivesNoRightToReviewThisClinicianNote() {
        Review submitted = submittedNoteOf(CLIN);
        clinic.host.assign(assignment(ORG, UNASSIGNED.userId(), TestClinic.CLIN2.userId()));
        clinic.careless = true;

        assertThatThrownBy(() -> clinic.reviews.startReview(UNASSIGNED, submitted.noteId(), submitted.version()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aNoteTheHostAnswersFromAnotherPracticeIsNotFound() {
        clinic.hostNote(OTHER_ORG, "note-elsewhere", CLIN.userId());
        clinic.careless = true;

        assertThatThrownBy(() -> clinic.reviews.review(CLIN, "note-elsewhere")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clinic.reviews.submit(CLIN, "note-elsewhere", 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSupervisorWhoIsAlsoAnAdminReviewsButNeverCoSigns() {
        clinic.host.assign(assignment(ORG, SUP_ADMIN.userId(), CLIN.userId()));
        Review submitted = submittedNoteOf(CLIN);

        Review inReview = clinic.reviews.startReview(SUP_ADMIN, submitted.noteId(), submitted.version());
        assertThatThrownBy(() -> clinic.reviews.coSign(SUP_ADMIN, inReview.noteId(), inReview.version()))
                .isInstanceOf(ForbiddenException.class);

        assertThat(inReview.state()).isEqualTo(ReviewState.IN_REVIEW);
        assertThat(clinic.stored(inReview.noteId()).state()).isEqualTo(ReviewState.IN_REVIEW);
        assertThat(clinic.reviews.coSign(SUP, inReview.noteId(), inReview.version()).state())
                .as("a supervisor without the admin role co-signs it").isEqualTo(ReviewState.CO_SIGNED);
    }

    @Test
    void aNoteIdOfSixtyFourCharactersIsReadAndOneOfSixtyFiveIsRefusedAsTooLong() {
        String longest = "n".repeat(64);
        clinic.host.note(new ProgressNote(ORG, longest, "client-1", CLIN.userId(),
                LocalDate.parse("2026-03-09"), "Individual psychotherapy, 53 min", "Client discussed the week."));

        assertThat(clinic.reviews.review(CLIN, longest).state()).isEqualTo(ReviewState.DRAFT);
        assertThatThrownBy(() -> clinic.reviews.review(CLIN, "n".repeat(65)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo("/noteId");
                            assertThat(p.code()).isEqualTo("too-long");
                        }));
        assertThatThrownBy(() -> clinic.reviews.review(CLIN, " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("required"));
    }

    private Review submittedNoteOf(Actor clinician) {
        return clinic.reviews.submit(clinician, clinic.note(clinician), 0);
    }

    private static SupervisionAssignment assignment(String org, String supervisor, String clinician) {
        return new SupervisionAssignment(org, supervisor, clinician, Kind.PRIMARY, LocalDate.parse("2025-01-01"), null);
    }
}
