package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Submit, co-sign and batch co-sign refuse a note without a complete self-disclosure section
 * and a note dated after today or before the policy's earliest day; a draft is kept with its
 * problems and blocks submission until finished. Today is 2026-03-10 in the clinic's zone.
 */
class DocumentationRequiredTest {

    private static final String ATTESTED = "{\"noSelfDisclosure\":true}";
    private static final String UNFINISHED = "{\"noSelfDisclosure\":false,\"entries\":[]}";

    private TestClinic clinic;
    private SupervisionModule module;

    @BeforeEach
    void open() throws Exception {
        clinic = new TestClinic(TestDatabases.h2());
        module = new SupervisionModuleFactory().create(clinic);
    }

    @AfterEach
    void close() throws Exception {
        module.close();
    }

    @Test
    void submitRefusesANoteWithoutASectionNamingWhatIsMissing() {
        String note = clinic.undocumentedNote(TestClinic.CLIN);

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> module.reviews().submit(TestClinic.CLIN, note, 0));

        assertThat(refused.problems()).extracting(FieldProblem::path, FieldProblem::code)
                .containsExactly(tuple("/section", "undocumented"));
        assertThat(module.reviews().review(TestClinic.CLIN, note).version()).isZero();
    }

    @Test
    void anUnfinishedDraftIsKeptAndBlocksSubmitUntilTheSectionIsSaved() {
        String note = clinic.undocumentedNote(TestClinic.CLIN);
        module.disclosures().saveDraft(TestClinic.CLIN, command(note, 0, UNFINISHED));

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> module.reviews().submit(TestClinic.CLIN, note, 0));
        assertThat(refused.problems()).extracting(FieldProblem::path, FieldProblem::code)
                .containsExactly(tuple("/section", "incomplete"), tuple("/section/entries", "too-few"));
        assertThat(module.disclosures().drafts(TestClinic.CLIN, 20)).hasSize(1);

        module.disclosures().save(TestClinic.CLIN, command(note, 0, ATTESTED));
        assertThat(module.reviews().submit(TestClinic.CLIN, note, 0).state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(module.disclosures().drafts(TestClinic.CLIN, 20)).isEmpty();
    }

    @Test
    void submitRefusesASessionDateAfterTodayOrBeforeThePolicysEarliestDay() {
        String future = documented(LocalDate.parse("2031-02-14"));
        String tomorrow = documented(LocalDate.parse("2026-03-11"));
        String ancient = documented(LocalDate.parse("1899-12-31"));
        String today = documented(LocalDate.parse("2026-03-10"));

        assertThat(problemsOfSubmit(future)).containsExactly(tuple("/sessionDate", "in-future"));
        assertThat(problemsOfSubmit(tomorrow)).containsExactly(tuple("/sessionDate", "in-future"));
        assertThat(problemsOfSubmit(ancient)).containsExactly(tuple("/sessionDate", "too-early"));
        assertThat(module.reviews().submit(TestClinic.CLIN, today, 0).state()).isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void coSignAndBatchCoSignRefuseANoteDatedAfterToday() {
        String note = documented(LocalDate.parse("2026-03-09"));
        Review submitted = module.reviews().submit(TestClinic.CLIN, note, 0);
        clinic.redate(note, LocalDate.parse("2031-02-14"));

        ValidationException single = catchThrowableOfType(ValidationException.class,
                () -> module.reviews().coSign(TestClinic.SUP, note, submitted.version()));
        BatchCoSignResult batch = module.reviews().batchCoSign(TestClinic.SUP,
                List.of(new NoteVersion(note, submitted.version())));

        assertThat(single.problems()).extracting(FieldProblem::path, FieldProblem::code)
                .containsExactly(tuple("/sessionDate", "in-future"));
        assertThat(batch.committed()).isFalse();
        assertThat(batch.outcomes()).extracting(o -> o.reasonCode()).containsExactly("session-date");
        assertThat(clinic.stored(note).state()).isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void aNoteSubmittedWithoutASectionBeforeTheRuleCannotBeCoSignedAloneOrInABatch() throws Exception {
        String note = documented(LocalDate.parse("2026-03-09"));
        String other = documented(LocalDate.parse("2026-03-09"));
        Review submitted = module.reviews().submit(TestClinic.CLIN, note, 0);
        Review fine = module.reviews().submit(TestClinic.CLIN, other, 0);
        markUndocumented(note);

        InvalidStateException single = catchThrowableOfType(InvalidStateException.class,
                () -> module.reviews().coSign(TestClinic.SUP, note, submitted.version()));
        BatchCoSignResult batch = module.reviews().batchCoSign(TestClinic.SUP,
                List.of(new NoteVersion(other, fine.version()), new NoteVersion(note, submitted.version())));

        assertThat(single.code()).isEqualTo("review.undocumented");
        assertThat(module.reviews().review(TestClinic.SUP, note).documented()).isFalse();
        assertThat(batch.committed()).isFalse();
        assertThat(batch.outcomes()).extracting(o -> o.reasonCode()).containsExactly(null, "undocumented");
        assertThat(clinic.stored(other).state()).as("nothing of a refused batch is co-signed")
                .isEqualTo(ReviewState.SUBMITTED);
    }

    /** What migration V6 leaves for a note submitted without a section (see MigrationsTest). */
    private void markUndocumented(String note) throws Exception {
        try (Connection c = clinic.dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE sr_review SET documented = FALSE WHERE org_id = ? AND note_id = ?")) {
            update.setString(1, TestClinic.ORG);
            update.setString(2, note);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private List<org.assertj.core.groups.Tuple> problemsOfSubmit(String note) {
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> module.reviews().submit(TestClinic.CLIN, note, 0));
        return refused.problems().stream().map(p -> tuple(p.path(), p.code())).toList();
    }

    private String documented(LocalDate sessionDate) {
        String note = clinic.undocumentedNote(TestClinic.CLIN);
        clinic.redate(note, sessionDate);
        module.disclosures().save(TestClinic.CLIN, command(note, 0, ATTESTED));
        return note;
    }

    private SaveSection command(String noteId, long expectedVersion, String json) {
        ProgressNote note = clinic.noteOf(noteId);
        return new SaveSection(noteId, note.clientId(), note.clinicianId(), note.sessionDate(), expectedVersion, json);
    }
}
