package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.review.WorkflowModel.Kind;
import org.casenotes.supervision.core.review.WorkflowModel.Role;
import org.casenotes.supervision.core.testing.DatabaseContents;

/**
 * One action of the stateful test: a kind, a note (by index), an actor, and whether the actor
 * sends a stale version. {@link #applyTo} performs it and checks the outcome against the model.
 */
record WorkflowStep(Kind kind, int note, Role role, boolean stale) {

    void applyTo(WorkflowWorld world) {
        String noteId = world.notes.get(note);
        Actor actor = role.resolve(world.authorOf(noteId));
        String other = world.notes.stream().filter(n -> !n.equals(noteId))
                .filter(n -> WorkflowModel.appliesIn(Kind.CO_SIGN).contains(world.review(n).state())).findFirst()
                .orElse(world.notes.get((note + 1) % world.notes.size()));
        List<String> touched = kind == Kind.BATCH_CO_SIGN ? List.of(noteId, other) : List.of(noteId);
        DatabaseContents before = world.contents();
        Review reviewBefore = world.review(noteId);
        Optional<Addendum> addendumBefore = world.addendum(noteId);
        long sectionBefore = world.sectionVersion(noteId);
        boolean permitted = touched.stream().allMatch(n -> WorkflowModel.permitted(kind, actor, world.authorOf(n)));
        boolean applies = touched.stream().allMatch(n -> WorkflowModel.appliesIn(kind).contains(world.review(n).state()))
                && addendumApplies(addendumBefore);
        boolean fresh = !stale || kind == Kind.ADD_ADDENDUM || kind == Kind.REWRITE_HOST_NOTE;

        Object outcome = perform(world, actor, noteId, other, reviewBefore, addendumBefore, sectionBefore);

        DatabaseContents after = world.contents();
        boolean succeeded = !(outcome instanceof SupervisionException)
                && !(outcome instanceof BatchCoSignResult result && !result.committed());
        String where = this + " as " + actor.userId() + " on " + reviewBefore.state() + " -> " + describe(outcome);
        world.log.add(where);
        if (!permitted) {
            assertThat(outcome).as("a forbidden actor is refused: %s", where)
                    .isInstanceOfAny(ForbiddenException.class, NotFoundException.class, BatchCoSignResult.class);
            assertThat(succeeded).as(where).isFalse();
        } else if (applies && fresh && kind != Kind.BATCH_CO_SIGN) {
            assertThat(succeeded).as("an allowed action succeeds: %s", where).isTrue();
        } else if (!succeeded && kind != Kind.BATCH_CO_SIGN) {
            assertThat(outcome).as(where).isInstanceOfAny(ConflictException.class, InvalidStateException.class,
                    NotFoundException.class);
        }
        if (kind == Kind.BATCH_CO_SIGN && succeeded) {
            assertThat(permitted && applies && fresh).as("a batch co-signs only what may be co-signed: %s", where)
                    .isTrue();
        }
        if (succeeded && kind != Kind.REWRITE_HOST_NOTE) {
            world.changes++;
            world.successes.merge(kind, 1, Integer::sum);
            assertThat(after.domain()).as("a success stores something: %s", where).isNotEqualTo(before.domain());
            checkChange(world, noteId, touched, reviewBefore, sectionBefore, where);
        } else {
            assertThat(after.domain()).as("a refusal stores nothing: %s", where).isEqualTo(before.domain());
        }
        // A refused access (no right, or no such note), to the review or to the section, is audited
        // as one REFUSED event.
        boolean accessRefused = outcome instanceof ForbiddenException || outcome instanceof NotFoundException;
        int expectedEvents = kind == Kind.REWRITE_HOST_NOTE ? 0
                : kind == Kind.BATCH_CO_SIGN ? (succeeded ? touched.size() : 1) : succeeded || accessRefused ? 1 : 0;
        assertThat(after.auditEvents() - before.auditEvents()).as("audit events of %s", where).isEqualTo(expectedEvents);
        world.auditEvents = after.auditEvents();
        for (String n : touched) {
            Review now = world.review(n);
            if (now.state() == ReviewState.CO_SIGNED && !world.coSigned.containsKey(n)) {
                world.coSigned.put(n, new WorkflowWorld.CoSigned(now, WorkflowWorld.rowsOf(after, "sr_review_snapshot", n),
                        WorkflowWorld.rowsOf(after, "sr_disclosure_section", n)));
            }
        }
    }

    private boolean addendumApplies(Optional<Addendum> addendum) {
        return switch (kind) {
            case SUBMIT_ADDENDUM -> addendum.filter(a -> a.state() == ReviewState.DRAFT).isPresent();
            case CO_SIGN_ADDENDUM -> addendum.filter(a -> a.state() == ReviewState.SUBMITTED).isPresent();
            default -> true;
        };
    }

    private void checkChange(WorkflowWorld world, String noteId, List<String> touched, Review reviewBefore,
            long sectionBefore, String where) {
        switch (kind) {
            case SAVE_SECTION -> {
                assertThat(world.sectionVersion(noteId)).as(where).isEqualTo(sectionBefore + 1);
                assertThat(world.review(noteId)).as(where).isEqualTo(reviewBefore);
            }
            case ADD_ADDENDUM, SUBMIT_ADDENDUM, CO_SIGN_ADDENDUM ->
                assertThat(world.review(noteId)).as("an addendum leaves the note alone: %s", where).isEqualTo(reviewBefore);
            default -> {
                for (String n : touched) {
                    Review now = world.review(n);
                    assertThat(now.state()).as(where).isEqualTo(WorkflowModel.after(kind, reviewBefore.state()));
                    assertThat(now.version()).as("one version per change: %s", where)
                            .isEqualTo(n.equals(noteId) ? reviewBefore.version() + 1 : now.version());
                }
            }
        }
    }

    private Object perform(WorkflowWorld world, Actor actor, String noteId, String other, Review review,
            Optional<Addendum> addendum, long sectionVersion) {
        Reviews reviews = world.module.reviews();
        long version = stale ? review.version() - 1 : review.version();
        String addendumId = addendum.map(Addendum::addendumId).orElse("no-addendum");
        long addendumVersion = addendum.map(a -> stale ? a.version() - 1 : a.version()).orElse(1L);
        try {
            return switch (kind) {
                case SAVE_SECTION -> world.module.disclosures().save(actor,
                        world.saveCommand(noteId, stale ? sectionVersion + 1 : sectionVersion, note % 2 == 0));
                case SUBMIT -> reviews.submit(actor, noteId, version);
                case WITHDRAW -> reviews.withdraw(actor, noteId, version);
                case START_REVIEW -> reviews.startReview(actor, noteId, version);
                case COMMENT -> reviews.comment(actor, noteId, version, NewComment.onNote("Please say more."));
                case REQUEST_CHANGES -> reviews.requestChanges(actor, noteId, version, "Add the rationale.");
                case CO_SIGN -> reviews.coSign(actor, noteId, version);
                case BATCH_CO_SIGN -> reviews.batchCoSign(actor, List.of(new NoteVersion(noteId, version),
                        new NoteVersion(other, world.review(other).version())));
                case ADD_ADDENDUM -> {
                    Addendum added = reviews.addAddendum(actor, noteId, "A late correction.");
                    world.latestAddendum.put(noteId, added.addendumId());
                    yield added;
                }
                case SUBMIT_ADDENDUM -> reviews.submitAddendum(actor, noteId, addendumId, addendumVersion);
                case CO_SIGN_ADDENDUM -> reviews.coSignAddendum(actor, noteId, addendumId, addendumVersion);
                case REWRITE_HOST_NOTE -> {
                    world.clinic.rewrite(noteId, "Rewritten by the host, revision " + world.log.size() + ".");
                    yield "rewritten";
                }
            };
        } catch (SupervisionException refused) {
            return refused;
        }
    }

    private static String describe(Object outcome) {
        if (outcome instanceof SupervisionException e) {
            return e.getClass().getSimpleName();
        }
        if (outcome instanceof BatchCoSignResult batch) {
            return batch.committed() ? "batch committed" : "batch refused " + batch.refused();
        }
        return outcome instanceof Review r ? r.state() + " v" + r.version() : outcome.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return kind + "(note " + note + " by " + role + (stale ? ", stale" : "") + ")";
    }
}
