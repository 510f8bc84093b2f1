package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.SUP;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.BatchOutcome;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.OverdueCheck;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.api.review.ReviewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batch co-sign, due dates, overdue and escalation, and events only after commit. */
abstract class BatchAndDueDateScenarios {

    TestClinic clinic;
    ReviewService reviews;

    abstract DataSource database();

    @BeforeEach
    void openClinic() throws Exception {
        clinic = new TestClinic(database());
        reviews = clinic.reviews;
    }

    private Review submitted(String... flagRules) {
        String note = clinic.note(CLIN);
        clinic.section(note, flagRules);
        return reviews.submit(CLIN, note, 0);
    }

    @Test
    void aBatchWithAFlaggedNoteCoSignsNothingAndGivesEveryNoteItsOutcome() throws Exception {
        Review clean = submitted();
        Review risky = submitted("risk", "volume");
        Review patterned = submitted("pattern");
        clinic.host.forgetSentEvents();
        int audit = clinic.audit.count();

        BatchCoSignResult result = reviews.batchCoSign(SUP, List.of(new NoteVersion(clean.noteId(), clean.version()),
                new NoteVersion(risky.noteId(), risky.version()),
                new NoteVersion(patterned.noteId(), patterned.version())));

        assertThat(result.committed()).isFalse();
        assertThat(result.outcomes()).extracting(BatchOutcome::noteId, BatchOutcome::accepted, BatchOutcome::reasonCode)
                .containsExactly(
                        tuple(clean.noteId(), true, null),
                        tuple(risky.noteId(), false, "flagged"),
                        tuple(patterned.noteId(), true, null));
        assertThat(result.refused().get(0).reason()).contains("risk").doesNotContain("volume");
        for (Review review : List.of(clean, risky, patterned)) {
            assertThat(clinic.stored(review.noteId())).isEqualTo(review);
        }
        assertThat(clinic.sentEvents()).as("no event for what was not stored").isEmpty();
        assertThat(clinic.audit.rows().subList(audit, clinic.audit.count()))
                .singleElement().satisfies(r -> {
                    assertThat(r.action()).as("a refused batch is recorded as a refusal, never as a SIGN")
                            .isEqualTo(AuditAction.REFUSED.name());
                    assertThat(r.detail()).startsWith("attempted=SIGN;reason=flagged;notes=3;refused=1");
                });
    }

    @Test
    void aBatchNamingAStaleVersionCoSignsNothingAndReportsThatNoteAsAConflict() throws Exception {
        Review current = submitted();
        Review moved = submitted();
        Review inReview = reviews.startReview(SUP, moved.noteId(), moved.version());
        clinic.host.forgetSentEvents();

        BatchCoSignResult result = reviews.batchCoSign(SUP, List.of(new NoteVersion(current.noteId(), current.version()),
                new NoteVersion(moved.noteId(), moved.version())));

        assertThat(result.committed()).isFalse();
        assertThat(result.outcomes()).extracting(BatchOutcome::noteId, BatchOutcome::accepted, BatchOutcome::reasonCode)
                .containsExactly(tuple(current.noteId(), true, null), tuple(moved.noteId(), false, "conflict"));
        assertThat(clinic.stored(current.noteId())).isEqualTo(current);
        assertThat(clinic.stored(moved.noteId())).isEqualTo(inReview);
        assertThat(clinic.sentEvents()).isEmpty();
    }

    @Test
    void aBatchOfNotesWithoutBlockingFlagsAttestsEachNoteIndividually() throws Exception {
        Review clean = submitted();
        Review patterned = submitted("pattern");
        Review inReview = reviews.startReview(SUP, submitted().noteId(), 1);
        clinic.host.forgetSentEvents();

        BatchCoSignResult result = reviews.batchCoSign(SUP, List.of(new NoteVersion(clean.noteId(), clean.version()),
                new NoteVersion(patterned.noteId(), patterned.version()),
                new NoteVersion(inReview.noteId(), inReview.version())));

        assertThat(result.committed()).isTrue();
        assertThat(result.refused()).isEmpty();
        for (Review before : List.of(clean, patterned, inReview)) {
            Review after = clinic.stored(before.noteId());
            assertThat(after.state()).isEqualTo(ReviewState.CO_SIGNED);
            assertThat(after.coSign().contentHash()).isEqualTo(before.snapshotHash());
            assertThat(after.coSign().attestationText()).isEqualTo(TestClinic.ATTESTATION);
            assertThat(clinic.audit.about(before.noteId())).filteredOn(r -> r.action().equals(AuditAction.SIGN.name()))
                    .hasSize(1);
        }
        assertThat(clinic.events(ReviewEvent.CoSigned.class)).extracting(ReviewEvent::noteId)
                .containsExactly(clean.noteId(), patterned.noteId(), inReview.noteId());
    }

    @Test
    void aBatchThatNamesANoteTwiceOrNothingIsInvalid() {
        Review clean = submitted();
        NoteVersion once = new NoteVersion(clean.noteId(), clean.version());

        assertThatThrownBy(() -> reviews.batchCoSign(SUP, List.of(once, once)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/notes/1/noteId"));
        assertThatThrownBy(() -> reviews.batchCoSign(SUP, List.of())).isInstanceOf(ValidationException.class);
        assertThat(clinic.stored(clean.noteId())).isEqualTo(clean);
    }

    @Test
    void overdueAndEscalationAreRaisedOnceEachAsTheClockMoves() {
        Review late = submitted();
        Review done = submitted();
        reviews.coSign(SUP, done.noteId(), done.version());
        assertThat(late.dueDate()).isEqualTo(LocalDate.parse("2026-03-17"));

        assertThat(check("2026-03-17T23:00:00Z").overdue()).as("due today is not overdue").isEmpty();
        assertThat(reviews.overdue(SUP, 10, null).items()).isEmpty();

        clinic.clock.set(Instant.parse("2026-03-18T08:00:00Z"));
        OverdueCheck first = check("2026-03-18T08:00:00Z");
        assertThat(first.overdue()).containsExactly(late.noteId());
        assertThat(first.escalated()).isEmpty();
        assertThat(check("2026-03-18T09:00:00Z").overdue()).as("raised once").isEmpty();
        assertThat(reviews.overdue(SUP, 10, null).items()).extracting(Review::noteId).containsExactly(late.noteId());

        assertThat(check("2026-03-24T12:00:00Z").escalated()).as("not yet twice the due days").isEmpty();
        OverdueCheck escalation = check("2026-03-25T12:00:00Z");
        assertThat(escalation.escalated()).containsExactly(late.noteId());
        assertThat(escalation.overdue()).isEmpty();
        assertThat(check("2026-03-26T12:00:00Z").escalated()).isEmpty();

        assertThat(clinic.events(ReviewEvent.Overdue.class)).extracting(ReviewEvent::noteId)
                .containsExactly(late.noteId());
        assertThat(clinic.events(ReviewEvent.Escalated.class)).singleElement()
                .satisfies(e -> assertThat(e.dueDate()).isEqualTo(late.dueDate()));
    }

    @Test
    void aResubmittedNoteStartsANewDueDateAndMayGoOverdueAgain() {
        Review review = submitted();
        clinic.clock.advance(Duration.ofDays(8));
        assertThat(check(clinic.clock.instant().toString()).overdue()).containsExactly(review.noteId());
        review = reviews.startReview(SUP, review.noteId(), review.version());
        review = reviews.requestChanges(SUP, review.noteId(), review.version(), "Please add the intent.");
        review = reviews.submit(CLIN, review.noteId(), review.version());
        assertThat(review.dueDate()).isEqualTo(LocalDate.parse("2026-03-25"));

        clinic.clock.advance(Duration.ofDays(8));
        assertThat(check(clinic.clock.instant().toString()).overdue()).containsExactly(review.noteId());
        assertThat(clinic.events(ReviewEvent.Overdue.class)).hasSize(2);
    }

    @Test
    void noEventIsDeliveredForARolledBackAction() throws Exception {
        Review review = submitted();
        Review inReview = reviews.startReview(SUP, review.noteId(), review.version());
        clinic.host.forgetSentEvents();
        clinic.audit.failWhen(entry -> entry.action() == AuditAction.SIGN);

        assertThatThrownBy(() -> reviews.coSign(SUP, review.noteId(), inReview.version()))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> reviews.batchCoSign(SUP, List.of(new NoteVersion(review.noteId(), inReview.version()))))
                .isInstanceOf(StorageUnavailableException.class);

        assertThat(clinic.sentEvents()).isEmpty();
        assertThat(clinic.stored(review.noteId())).isEqualTo(inReview);
        clinic.audit.failWhen(entry -> false);
        reviews.coSign(SUP, review.noteId(), inReview.version());
        assertThat(clinic.events(ReviewEvent.CoSigned.class)).hasSize(1);
    }

    private OverdueCheck check(String at) {
        return reviews.checkOverdue(TestClinic.ORG, Instant.parse(at));
    }
}
