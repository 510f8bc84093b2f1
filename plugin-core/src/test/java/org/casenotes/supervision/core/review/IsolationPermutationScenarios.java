package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.api.review.ReviewState.CHANGES_REQUESTED;
import static org.casenotes.supervision.api.review.ReviewState.CO_SIGNED;
import static org.casenotes.supervision.api.review.ReviewState.SUBMITTED;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.CommitGate;
import org.casenotes.supervision.core.testing.DatabaseContents;
import org.casenotes.supervision.core.testing.TwoSessions;
import org.casenotes.supervision.core.testing.TwoSessions.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Two sessions racing conflicting actions on one note, in every order of their steps (act,
 * commit): each permutation ends in a state some serial order allows, the loser gets a
 * conflict or an invalid-state refusal and stores nothing, and the audit chain verifies with
 * one event per committed change.
 */
abstract class IsolationPermutationScenarios {

    static final List<String> PERMUTATIONS = TwoSessions.PERMUTATIONS;

    abstract DataSource database();

    /** A fresh clinic and module over a gated database, and the audit count after set-up. */
    private final class Stage {
        final CommitGate gate = new CommitGate(database());
        final TestClinic clinic;
        final SupervisionModule module;
        int auditAfterSetUp;

        Stage() throws SQLException {
            clinic = new TestClinic(gate.dataSource());
            module = new SupervisionModuleFactory().create(clinic);
        }

        Outcome race(String permutation, Callable<Object> a, Callable<Object> b) throws Exception {
            auditAfterSetUp = DatabaseContents.of(clinic.dataSource).auditEvents();
            return TwoSessions.run(gate, permutation, a, b);
        }

        void chainVerifiesWithNewEvents(int events) {
            AuditVerification verification = module.audit().verify(TestClinic.ADMIN);
            assertThat(verification.intact()).as(verification.message()).isTrue();
            assertThat(DatabaseContents.of(clinic.dataSource).auditEvents() - auditAfterSetUp).isEqualTo(events);
        }

        SaveSection section(String noteId, long expectedVersion, String json) {
            ProgressNote note = clinic.noteOf(noteId);
            return new SaveSection(noteId, note.clientId(), note.clinicianId(), note.sessionDate(), expectedVersion, json);
        }

        String column(String sql, String noteId) throws SQLException {
            try (Connection c = clinic.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, TestClinic.ORG);
                ps.setString(2, noteId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }

        String section(String noteId) throws SQLException {
            return column("SELECT section_json FROM sr_disclosure_section WHERE org_id = ? AND note_id = ?", noteId);
        }

        String snapshot(String noteId) throws SQLException {
            return column("SELECT section_json FROM sr_review_snapshot WHERE org_id = ? AND note_id = ?"
                    + " ORDER BY submission_no DESC", noteId);
        }
    }

    /** Exactly one of the two is a result of the given type; the other is one of the refusals. */
    @SafeVarargs
    private static void oneWins(Outcome outcome, BiConsumer<Object, Object> winnerAndLoser,
            Class<? extends Exception>... refusals) {
        boolean aWon = !(outcome.a() instanceof Exception);
        boolean bWon = !(outcome.b() instanceof Exception);
        assertThat(aWon ^ bWon).as("exactly one winner in %s: %s", outcome.permutation(), outcome).isTrue();
        Object loser = aWon ? outcome.b() : outcome.a();
        assertThat(loser).as(outcome.permutation()).isInstanceOfAny(refusals);
        winnerAndLoser.accept(aWon ? outcome.a() : outcome.b(), loser);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PERMUTATIONS")
    void coSignAgainstCoSignHasOneWinner(String permutation) throws Exception {
        Stage stage = new Stage();
        Review submitted = ReviewFlows.noteIn(stage.clinic, TestClinic.CLIN, SUBMITTED);
        String note = submitted.noteId();
        long v = submitted.version();

        Outcome outcome = stage.race(permutation, () -> stage.module.reviews().coSign(TestClinic.SUP, note, v),
                () -> stage.module.reviews().coSign(TestClinic.BACKUP_IN, note, v));

        oneWins(outcome, (winner, loser) -> assertThat(stage.clinic.stored(note)).isEqualTo(winner),
                ConflictException.class, InvalidStateException.class);
        assertThat(stage.clinic.stored(note).version()).isEqualTo(v + 1);
        stage.chainVerifiesWithNewEvents(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PERMUTATIONS")
    void requestChangesAgainstCoSignHasOneWinner(String permutation) throws Exception {
        Stage stage = new Stage();
        Review inReview = ReviewFlows.noteIn(stage.clinic, TestClinic.CLIN, ReviewState.IN_REVIEW);
        String note = inReview.noteId();
        long v = inReview.version();

        Outcome outcome = stage.race(permutation,
                () -> stage.module.reviews().requestChanges(TestClinic.SUP, note, v, "Say more."),
                () -> stage.module.reviews().coSign(TestClinic.BACKUP_IN, note, v));

        oneWins(outcome, (winner, loser) -> {
            Review stored = stage.clinic.stored(note);
            assertThat(stored).isEqualTo(winner);
            assertThat(stored.state()).isIn(CO_SIGNED, CHANGES_REQUESTED);
        }, ConflictException.class, InvalidStateException.class);
        assertThat(DatabaseContents.of(stage.clinic.dataSource).rows("sr_review_comment"))
                .as("a losing return leaves no reason behind").hasSize(
                        stage.clinic.stored(note).state() == CHANGES_REQUESTED ? 1 : 0);
        stage.chainVerifiesWithNewEvents(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PERMUTATIONS")
    void coSignAgainstSectionEditLeavesTheSignedSectionAsSnapshotted(String permutation) throws Exception {
        Stage stage = new Stage();
        String note = stage.clinic.note(TestClinic.CLIN);
        stage.module.disclosures().save(TestClinic.CLIN, stage.section(note, 0, WorkflowWorld.SECTION));
        long v = stage.module.reviews().submit(TestClinic.CLIN, note, 0).version();

        Outcome outcome = stage.race(permutation, () -> stage.module.reviews().coSign(TestClinic.SUP, note, v),
                () -> stage.module.disclosures().save(TestClinic.CLIN,
                        stage.section(note, 1, WorkflowWorld.NOTHING_DISCLOSED)));

        assertThat(outcome.a()).as(permutation).isInstanceOf(Review.class);
        assertThat(outcome.b()).as(permutation).isInstanceOf(InvalidStateException.class);
        assertThat(stage.section(note)).isEqualTo(stage.snapshot(note));
        stage.chainVerifiesWithNewEvents(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PERMUTATIONS")
    void firstSubmitAgainstSectionEditSnapshotsWhatIsStored(String permutation) throws Exception {
        Stage stage = new Stage();
        String note = stage.clinic.note(TestClinic.CLIN);
        stage.module.disclosures().save(TestClinic.CLIN, stage.section(note, 0, WorkflowWorld.SECTION));

        Outcome outcome = stage.race(permutation, () -> stage.module.reviews().submit(TestClinic.CLIN, note, 0),
                () -> stage.module.disclosures().save(TestClinic.CLIN,
                        stage.section(note, 1, WorkflowWorld.NOTHING_DISCLOSED)));

        assertThat(outcome.a()).as(permutation).isInstanceOf(Review.class);
        boolean edited = !(outcome.b() instanceof Exception);
        if (!edited) {
            assertThat(outcome.b()).as(permutation).isInstanceOf(InvalidStateException.class);
        }
        assertThat(stage.snapshot(note)).as("the submitted snapshot is the stored section in %s", permutation)
                .isEqualTo(stage.section(note));
        stage.chainVerifiesWithNewEvents(edited ? 2 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PERMUTATIONS")
    void firstSubmitAgainstFirstSectionSaveSnapshotsWhatIsStored(String permutation) throws Exception {
        Stage stage = new Stage();
        String note = stage.clinic.note(TestClinic.CLIN);

        Outcome outcome = stage.race(permutation, () -> stage.module.reviews().submit(TestClinic.CLIN, note, 0),
                () -> stage.module.disclosures().save(TestClinic.CLIN, stage.section(note, 0, WorkflowWorld.SECTION)));

        boolean submitted = !(outcome.a() instanceof Exception);
        boolean saved = !(outcome.b() instanceof Exception);
        assertThat(submitted || saved).as("%s: %s", permutation, outcome).isTrue();
        if (submitted) {
            assertThat(stage.snapshot(note)).as("the submitted snapshot is the stored section in %s", permutation)
                    .isEqualTo(stage.section(note));
        }
        if (!submitted) {
            // A submit that does not see the section refuses the undocumented note.
            assertThat(outcome.a()).as(permutation).isInstanceOfAny(ConflictException.class,
                    org.casenotes.supervision.api.error.ValidationException.class);
        }
        if (!saved) {
            assertThat(outcome.b()).as(permutation).isInstanceOfAny(InvalidStateException.class, ConflictException.class);
        }
        stage.chainVerifiesWithNewEvents((submitted ? 1 : 0) + (saved ? 1 : 0));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PERMUTATIONS")
    void batchCoSignAgainstSingleCoSignIsAllOrNothing(String permutation) throws Exception {
        Stage stage = new Stage();
        Review first = ReviewFlows.noteIn(stage.clinic, TestClinic.CLIN, SUBMITTED);
        Review second = ReviewFlows.noteIn(stage.clinic, TestClinic.CLIN, SUBMITTED);
        List<NoteVersion> batch = List.of(new NoteVersion(first.noteId(), first.version()),
                new NoteVersion(second.noteId(), second.version()));

        Outcome outcome = stage.race(permutation, () -> stage.module.reviews().batchCoSign(TestClinic.SUP, batch),
                () -> stage.module.reviews().coSign(TestClinic.BACKUP_IN, second.noteId(), second.version()));

        BatchCoSignResult result = (BatchCoSignResult) outcome.a();
        boolean singleWon = outcome.b() instanceof Review;
        assertThat(result.committed()).as("one of the two wins in %s: %s", permutation, outcome).isNotEqualTo(singleWon);
        if (singleWon) {
            assertThat(stage.clinic.stored(first.noteId())).as("nothing of a refused batch is stored").isEqualTo(first);
            assertThat(stage.clinic.stored(second.noteId()).coSign().signerId()).isEqualTo("backup-in");
            stage.chainVerifiesWithNewEvents(2);
        } else {
            assertThat(outcome.b()).as(permutation).isInstanceOfAny(ConflictException.class, InvalidStateException.class);
            assertThat(List.of(stage.clinic.stored(first.noteId()), stage.clinic.stored(second.noteId())))
                    .allSatisfy(r -> assertThat(r.coSign().signerId()).isEqualTo("sup"));
            stage.chainVerifiesWithNewEvents(2);
        }
    }
}
