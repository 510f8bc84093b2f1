package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.CLIN2;
import static org.casenotes.supervision.core.review.TestClinic.SUP;
import static org.casenotes.supervision.core.review.TestClinic.UNASSIGNED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.BatchOutcome;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batch co-sign's input and its answer to someone without rights: a bad list is refused whole
 * with a field path per problem; a batch the actor may co-sign none of is not found (none
 * visible) or forbidden, never a partial result; every refused batch is audited once.
 */
class BatchCoSignTest {

    private TestClinic clinic;

    @BeforeEach
    void openClinic() throws Exception {
        clinic = new TestClinic(TestDatabases.h2());
    }

    @Test
    void anEmptyOrMissingListIsRefusedAsRequired() throws Exception {
        assertThatThrownBy(() -> clinic.reviews.batchCoSign(SUP, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path, FieldProblem::code).containsExactly(tuple("/notes", "required")));
        assertThatThrownBy(() -> clinic.reviews.batchCoSign(SUP, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path, FieldProblem::code).containsExactly(tuple("/notes", "required")));
    }

    @Test
    void twoHundredNotesAreAcceptedForCheckingAndTwoHundredAndOneAreTooMany() throws Exception {
        List<NoteVersion> most = unknownNotes(BatchCoSigner.MAX_NOTES);
        List<NoteVersion> tooMany = unknownNotes(BatchCoSigner.MAX_NOTES + 1);

        assertThatThrownBy(() -> clinic.reviews.batchCoSign(SUP, most)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clinic.reviews.batchCoSign(SUP, tooMany))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path, FieldProblem::code).containsExactly(tuple("/notes", "too-many")));
    }

    @Test
    void everyMissingOrRepeatedEntryIsNamedByItsPositionAndNothingIsCoSigned() throws Exception {
        Review first = submitted(CLIN);
        NoteVersion entry = new NoteVersion(first.noteId(), first.version());

        assertThatThrownBy(() -> clinic.reviews.batchCoSign(SUP, Arrays.asList(entry, null, entry, entry)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path, FieldProblem::code).containsExactly(
                                tuple("/notes/1", "required"),
                                tuple("/notes/2/noteId", "duplicate"),
                                tuple("/notes/3/noteId", "duplicate")));
        assertThat(clinic.stored(first.noteId())).isEqualTo(first);
    }

    @Test
    void aBatchOfNotesNoneOfWhichTheActorCanSeeIsNotFoundAndAudited() throws Exception {
        int audit = clinic.audit.count();

        assertThatThrownBy(() -> clinic.reviews.batchCoSign(SUP, unknownNotes(2)))
                .isInstanceOf(NotFoundException.class);
        assertThat(refusals(audit)).singleElement().satisfies(r -> assertThat(r.detail())
                .isEqualTo("attempted=SIGN;reason=not-found;notes=2;refused=2"));
    }

    @Test
    void aBatchTheActorMayCoSignNoneOfIsForbiddenEvenWhenSomeNotesAreUnknown() throws Exception {
        Review theirs = submitted(CLIN);
        int audit = clinic.audit.count();
        List<NoteVersion> batch = new ArrayList<>(unknownNotes(1));
        batch.add(new NoteVersion(theirs.noteId(), theirs.version()));

        assertThatThrownBy(() -> clinic.reviews.batchCoSign(UNASSIGNED, batch)).isInstanceOf(ForbiddenException.class);
        assertThat(clinic.stored(theirs.noteId()).state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(refusals(audit)).singleElement().satisfies(r -> assertThat(r.detail())
                .isEqualTo("attempted=SIGN;reason=forbidden,not-found;notes=2;refused=2"));
    }

    @Test
    void aBatchWithOneCoSignableNoteAndOneWithoutRightsAnswersPerNoteAndCoSignsNothing() throws Exception {
        Review mine = submitted(CLIN);
        Review alsoMine = submitted(CLIN2);
        Review withdrawn = clinic.reviews.withdraw(CLIN, submitted(CLIN).noteId(), 1);
        int audit = clinic.audit.count();

        BatchCoSignResult result = clinic.reviews.batchCoSign(SUP, List.of(
                new NoteVersion(mine.noteId(), mine.version()),
                new NoteVersion(withdrawn.noteId(), withdrawn.version()),
                new NoteVersion(alsoMine.noteId(), alsoMine.version())));

        assertThat(result.committed()).isFalse();
        assertThat(result.outcomes()).extracting(BatchOutcome::noteId, BatchOutcome::accepted, BatchOutcome::reasonCode)
                .containsExactly(tuple(mine.noteId(), true, null), tuple(withdrawn.noteId(), false, "invalid-state"),
                        tuple(alsoMine.noteId(), true, null));
        assertThat(clinic.stored(mine.noteId()).state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(refusals(audit)).singleElement().satisfies(r -> assertThat(r.detail())
                .isEqualTo("attempted=SIGN;reason=invalid-state;notes=3;refused=1"));
    }

    private Review submitted(org.casenotes.supervision.api.Actor clinician) {
        return clinic.reviews.submit(clinician, clinic.note(clinician), 0);
    }

    private static List<NoteVersion> unknownNotes(int count) {
        return IntStream.range(0, count).mapToObj(i -> new NoteVersion("unknown-" + i, 1)).toList();
    }

    private List<RecordingAuditTrail.Row> refusals(int from) throws java.sql.SQLException {
        return clinic.audit.rows().subList(from, clinic.audit.count()).stream()
                .filter(r -> r.action().equals(AuditAction.REFUSED.name())).toList();
    }
}
