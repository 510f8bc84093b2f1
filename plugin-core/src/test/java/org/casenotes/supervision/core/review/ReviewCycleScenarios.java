package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casenotes.supervision.core.review.TestClinic.ADMIN;
import static org.casenotes.supervision.core.review.TestClinic.CLIN;
import static org.casenotes.supervision.core.review.TestClinic.SUP;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.Comment;
import org.casenotes.supervision.api.review.HistoryEntry;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.ReviewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review cycle end to end: submit, review, return with comments, co-sign, addenda. */
abstract class ReviewCycleScenarios {

    TestClinic clinic;
    ReviewService reviews;

    abstract DataSource database();

    @BeforeEach
    void openClinic() throws Exception {
        clinic = new TestClinic(database());
        reviews = clinic.reviews;
    }

    @Test
    void aNoteIsSubmittedReviewedAndCoSignedWithTheAttestationOverTheSnapshotHash() throws Exception {
        String note = clinic.note(CLIN);
        clinic.section(note, "pattern");

        Review submitted = reviews.submit(CLIN, note, 0);
        Review inReview = reviews.startReview(SUP, note, submitted.version());
        Review coSigned = reviews.coSign(SUP, note, inReview.version());

        assertThat(submitted.state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(submitted.dueDate()).isEqualTo(LocalDate.parse("2026-03-17"));
        assertThat(submitted.snapshotHash()).matches("[0-9a-f]{64}");
        assertThat(submitted.flagRuleIds()).containsExactly("pattern");
        assertThat(coSigned.state()).isEqualTo(ReviewState.CO_SIGNED);
        assertThat(coSigned.coSign().signerId()).isEqualTo("sup");
        assertThat(coSigned.coSign().at()).isEqualTo(TestClinic.START);
        assertThat(coSigned.coSign().attestationText()).isEqualTo(TestClinic.ATTESTATION);
        assertThat(coSigned.coSign().contentHash()).isEqualTo(submitted.snapshotHash());
        assertThat(reviews.history(CLIN, note).transitions()).extracting(HistoryEntry::from, HistoryEntry::to)
                .containsExactly(
                        tuple(ReviewState.DRAFT, ReviewState.SUBMITTED),
                        tuple(ReviewState.SUBMITTED, ReviewState.IN_REVIEW),
                        tuple(ReviewState.IN_REVIEW, ReviewState.CO_SIGNED));
        assertThat(clinic.sentEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Submitted", "CoSigned", "NoteBillable");
        assertThat(clinic.events(ReviewEvent.Submitted.class)).singleElement()
                .satisfies(e -> assertThat(e.dueDate()).isEqualTo(submitted.dueDate()));
        assertThat(clinic.events(ReviewEvent.CoSigned.class)).singleElement()
                .satisfies(e -> assertThat(e.supervisorId()).isEqualTo("sup"));
    }

    @Test
    void theSnapshotHashDependsOnTheNoteTextAndTheSection() {
        String plain = clinic.note(CLIN);
        String withSection = clinic.note(CLIN);
        clinic.section(withSection);
        String rewritten = clinic.note(CLIN);
        clinic.rewrite(rewritten, "Another text.");

        String a = reviews.submit(CLIN, plain, 0).snapshotHash();
        String b = reviews.submit(CLIN, withSection, 0).snapshotHash();
        String c = reviews.submit(CLIN, rewritten, 0).snapshotHash();

        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
        assertThat(a).isEqualTo(ContentHash.of("Client discussed the week; therapist shared a coping strategy.",
                "{\"noSelfDisclosure\":true}"));
    }

    @Test
    void aReturnedNoteKeepsThreadedCommentsOnTheNoteAndOnADisclosureEntry() {
        String note = clinic.note(CLIN);
        clinic.section(note);
        Review review = reviews.startReview(SUP, note, reviews.submit(CLIN, note, 0).version());
        review = reviews.comment(SUP, note, review.version(), NewComment.onNote("Good structure."));
        review = reviews.comment(SUP, note, review.version(), NewComment.onEntry(0, "Why share this now?"));
        String entryThread = reviews.history(SUP, note).comments().get(1).commentId();
        review = reviews.comment(CLIN, note, review.version(), NewComment.reply(entryThread, "To normalise."));
        review = reviews.requestChanges(SUP, note, review.version(), "Add the rationale to entry 1.");

        assertThat(review.state()).isEqualTo(ReviewState.CHANGES_REQUESTED);
        assertThat(reviews.returnedNotes(CLIN, 10, null).items()).extracting(Review::noteId).containsExactly(note);
        List<Comment> comments = reviews.history(CLIN, note).comments();
        assertThat(comments).extracting(Comment::text).containsExactly("Good structure.", "Why share this now?",
                "To normalise.", "Add the rationale to entry 1.");
        assertThat(comments.get(0).entry()).isEmpty();
        assertThat(comments.get(1).entryIndex()).isZero();
        assertThat(comments.get(2).parentId()).isEqualTo(entryThread);
        assertThat(comments.get(2).entryIndex()).as("a reply concerns what its parent concerns").isZero();
        assertThat(comments.get(3).returnReason()).isTrue();
        assertThat(clinic.events(ReviewEvent.ChangesRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.clinicianId()).isEqualTo("clin"));

        Review resubmitted = reviews.submit(CLIN, note, review.version());
        assertThat(resubmitted.state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(reviews.returnedNotes(CLIN, 10, null).items()).isEmpty();
        assertThat(reviews.history(CLIN, note).comments()).hasSize(4);
    }

    @Test
    void returningANoteWithoutAReasonIsRefusedAndStoresNothing() throws Exception {
        String note = clinic.note(CLIN);
        Review review = reviews.startReview(SUP, note, reviews.submit(CLIN, note, 0).version());
        int audit = clinic.audit.count();

        assertThatThrownBy(() -> reviews.requestChanges(SUP, note, review.version(), "  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.path() + " " + p.code())
                                .containsExactly("/reason required"));
        assertThatThrownBy(() -> reviews.comment(SUP, note, review.version(), NewComment.reply("no-such", "Yes.")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/parentId"));
        assertThat(clinic.stored(note)).isEqualTo(review);
        assertThat(clinic.audit.count()).isEqualTo(audit);
    }

    @Test
    void aReturnReasonIsRequiredAndHasAtMostFourThousandCharacters() throws Exception {
        String note = clinic.note(CLIN);
        Review review = reviews.startReview(SUP, note, reviews.submit(CLIN, note, 0).version());
        int audit = clinic.audit.count();

        assertThatThrownBy(() -> reviews.requestChanges(SUP, note, review.version(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + " " + p.code()).containsExactly("/reason required"));
        assertThatThrownBy(() -> reviews.requestChanges(SUP, note, review.version(), "x".repeat(4001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + " " + p.code()).containsExactly("/reason too-long"));
        assertThatThrownBy(() -> reviews.comment(SUP, note, review.version(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("required"));
        assertThat(clinic.audit.count()).isEqualTo(audit);

        Review returned = reviews.requestChanges(SUP, note, review.version(), "x".repeat(4000));
        assertThat(returned.state()).isEqualTo(ReviewState.CHANGES_REQUESTED);
    }

    @Test
    void aCommentIsAuditedAsOneOnTheNoteOrOnTheDisclosureEntryItConcerns() throws Exception {
        String note = clinic.note(CLIN);
        clinic.section(note);
        Review review = reviews.startReview(SUP, note, reviews.submit(CLIN, note, 0).version());
        int before = clinic.audit.count();

        review = reviews.comment(SUP, note, review.version(), NewComment.onNote("Good structure."));
        reviews.comment(SUP, note, review.version(), NewComment.onEntry(0, "Why share this now?"));

        assertThat(clinic.audit.rows().subList(before, clinic.audit.count()))
                .filteredOn(row -> row.targetType().equals("comment"))
                .extracting(RecordingAuditTrail.Row::detail).containsExactly("on=note", "on=entry:0");
    }

    @Test
    void anActionOnAStaleVersionIsAConflictAndStoresNothing() {
        String note = clinic.note(CLIN);
        Review submitted = reviews.submit(CLIN, note, 0);
        Review inReview = reviews.startReview(SUP, note, submitted.version());

        assertThatThrownBy(() -> reviews.coSign(SUP, note, submitted.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reviews.submit(CLIN, clinic.note(CLIN), 1)).isInstanceOf(ConflictException.class);
        assertThat(clinic.stored(note)).isEqualTo(inReview);
    }

    @Test
    void anAddendumRunsItsOwnCycleAndLeavesTheCoSignedNoteUntouched() {
        String note = clinic.note(CLIN);
        Review coSigned = reviews.coSign(SUP, note, reviews.submit(CLIN, note, 0).version());

        Addendum draft = reviews.addAddendum(CLIN, note, "The client called back the next day.");
        assertThatThrownBy(() -> reviews.coSignAddendum(SUP, note, draft.addendumId(), draft.version()))
                .as("a draft addendum is not co-signed").hasMessageContaining("DRAFT");
        Addendum submitted = reviews.submitAddendum(CLIN, note, draft.addendumId(), draft.version());
        assertThatThrownBy(() -> reviews.coSignAddendum(CLIN, note, draft.addendumId(), submitted.version()))
                .isInstanceOf(ForbiddenException.class);
        Addendum signed = reviews.coSignAddendum(SUP, note, draft.addendumId(), submitted.version());

        assertThat(draft.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(submitted.contentHash()).isEqualTo(ContentHash.ofAddendum("The client called back the next day."));
        assertThat(signed.state()).isEqualTo(ReviewState.CO_SIGNED);
        assertThat(signed.coSign().contentHash()).isEqualTo(submitted.contentHash());
        assertThat(signed.coSign().attestationText()).isEqualTo(TestClinic.ATTESTATION);
        assertThat(clinic.stored(note)).as("the original is untouched").isEqualTo(coSigned);
        ReviewHistory history = reviews.history(SUP, note);
        assertThat(history.addenda()).containsExactly(signed);
        assertThat(history.transitions()).filteredOn(t -> t.addendumId() != null)
                .extracting(HistoryEntry::to).containsExactly(ReviewState.SUBMITTED, ReviewState.CO_SIGNED);
        assertThat(clinic.events(ReviewEvent.CoSigned.class)).extracting(ReviewEvent.CoSigned::addendumId)
                .containsExactly(null, draft.addendumId());
    }

    @Test
    void aChangeOfTheHostsNoteTextAfterCoSignIsDetected() {
        String note = clinic.note(CLIN);
        clinic.section(note);
        reviews.coSign(SUP, note, reviews.submit(CLIN, note, 0).version());
        assertThat(reviews.changedAfterCoSign(SUP, note)).isFalse();

        clinic.rewrite(note, "Client discussed the week. (edited later)");

        assertThat(reviews.changedAfterCoSign(SUP, note)).isTrue();
        assertThat(reviews.changedAfterCoSign(ADMIN, note)).isTrue();
    }

    @Test
    void onlyAReaderMayCheckACoSignedNoteForChangesAndEachCheckIsAudited() throws Exception {
        String note = clinic.note(CLIN);
        clinic.section(note);
        Review submitted = reviews.submit(CLIN, note, 0);
        assertThatThrownBy(() -> reviews.changedAfterCoSign(SUP, note)).as("not co-signed yet")
                .isInstanceOf(InvalidStateException.class);
        reviews.coSign(SUP, note, submitted.version());
        assertThatThrownBy(() -> reviews.changedAfterCoSign(TestClinic.CLIN2, note)).isInstanceOf(ForbiddenException.class);
        int before = clinic.audit.count();

        reviews.changedAfterCoSign(SUP, note);
        clinic.rewrite(note, "Client discussed the week. (edited later)");
        reviews.changedAfterCoSign(SUP, note);

        assertThat(clinic.audit.rows().subList(before, clinic.audit.count()))
                .extracting(RecordingAuditTrail.Row::detail)
                .containsExactly("changed-after-co-sign=false", "changed-after-co-sign=true");
    }

    @Test
    void coSignIsRefusedToAnAssignedSupervisorWhoAlsoHoldsTheAdminRole() {
        clinic.host.assign(new SupervisionAssignment(TestClinic.ORG, "owner", "clin",
                SupervisionAssignment.Kind.PRIMARY, LocalDate.parse("2025-01-01"), null));
        Actor owner = Actor.of("owner", TestClinic.ORG, Role.SUPERVISOR, Role.ADMIN);
        String note = clinic.note(CLIN);
        Review inReview = reviews.startReview(owner, note, reviews.submit(CLIN, note, 0).version());

        assertThatThrownBy(() -> reviews.coSign(owner, note, inReview.version())).isInstanceOf(ForbiddenException.class);
        assertThat(reviews.coSign(SUP, note, inReview.version()).state()).isEqualTo(ReviewState.CO_SIGNED);
    }

    @Test
    void everyStateChangeHasExactlyOneAuditEventWithIdsOnly() throws Exception {
        String note = clinic.note(CLIN);
        clinic.section(note);
        Review review = reviews.submit(CLIN, note, 0);
        review = reviews.startReview(SUP, note, review.version());
        review = reviews.comment(SUP, note, review.version(), NewComment.onEntry(0, "Secret comment words"));
        review = reviews.requestChanges(SUP, note, review.version(), "Reason words here");
        review = reviews.submit(CLIN, note, review.version());
        reviews.coSign(SUP, note, review.version());

        List<RecordingAuditTrail.Row> rows = clinic.audit.about(note);
        assertThat(rows).extracting(r -> r.action() + " " + r.before() + ">" + r.after()).containsExactly(
                "CREATE DRAFT>SUBMITTED", "UPDATE SUBMITTED>IN_REVIEW", "UPDATE IN_REVIEW>CHANGES_REQUESTED",
                "UPDATE CHANGES_REQUESTED>SUBMITTED", "SIGN SUBMITTED>CO_SIGNED");
        assertThat(clinic.audit.rows()).filteredOn(r -> "comment".equals(r.targetType())).hasSize(1);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.org()).isEqualTo(TestClinic.ORG);
            assertThat(r.client()).isEqualTo("client-" + note);
        });
        assertThat(clinic.audit.rows().toString()).doesNotContain("Secret", "Reason words", "coping strategy");
        reviews.history(ADMIN, note);
        assertThat(clinic.audit.rows()).filteredOn(r -> r.action().equals("READ") && r.actor().equals("admin"))
                .hasSize(1);
    }

    @Test
    void theSameNoteIdInTwoOrganisationsIsTwoSeparateReviews() {
        String note = clinic.note(CLIN);
        Actor clinicianOfB = Actor.of("clin", TestClinic.OTHER_ORG, Role.CLINICIAN);
        clinic.hostNote(TestClinic.OTHER_ORG, note, "clin");
        Review inA = reviews.submit(CLIN, note, 0);
        Review inB = reviews.submit(clinicianOfB, note, 0);

        Review coSignedInB = reviews.coSign(TestClinic.FOREIGN, note, inB.version());

        assertThat(coSignedInB.organisationId()).isEqualTo(TestClinic.OTHER_ORG);
        assertThat(clinic.stored(note)).as("the review in org-a is untouched").isEqualTo(inA);
        assertThat(inB.snapshotHash()).isNotEqualTo(inA.snapshotHash());
        assertThat(reviews.queue(SUP, QueueQuery.waiting(100)).items())
                .extracting(Review::organisationId, Review::noteId).containsExactly(tuple(TestClinic.ORG, note));
    }

    @Test
    void aMissingActorNoteIdOrQueryIsAValidationError() {
        assertThatThrownBy(() -> reviews.submit(null, "note-1", 0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/actor"));
        assertThatThrownBy(() -> reviews.coSign(SUP, " ", 1))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/noteId"));
        assertThatThrownBy(() -> reviews.queue(SUP, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> reviews.checkOverdue(" ", TestClinic.START)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aSupervisorOutsideTheAssignmentCannotListAnotherClinicianInTheirQueue() {
        assertThatThrownBy(() -> reviews.queue(TestClinic.UNASSIGNED,
                new QueueQuery("clin", Set.of(), null, false, 10, null)))
                .isInstanceOf(ForbiddenException.class);
    }
}
