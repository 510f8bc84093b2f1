package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.testing.MatrixTable;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every action × every kind of actor × every state, expected outcomes generated from the two
 * tables below: a note unknown in the actor's organisation is NOT_FOUND; an actor without the
 * right is FORBIDDEN whatever the state; a right in the wrong state is INVALID_STATE.
 */
class ReviewAuthorisationMatrixTest {

    /** Who holds the right to an action (Y), before any state is looked at. */
    private static final String RIGHTS = """
            action          | own | other-clinician | primary | backup-in | backup-out | unassigned | admin | sup-author
            edit            |  Y  |        -        |    -    |     -     |     -      |     -      |   -   |     Y
            submit          |  Y  |        -        |    -    |     -     |     -      |     -      |   -   |     Y
            withdraw        |  Y  |        -        |    -    |     -     |     -      |     -      |   -   |     Y
            start-review    |  -  |        -        |    Y    |     Y     |     -      |     -      |   -   |     -
            comment         |  Y  |        -        |    Y    |     Y     |     -      |     -      |   -   |     Y
            request-changes |  -  |        -        |    Y    |     Y     |     -      |     -      |   -   |     -
            co-sign         |  -  |        -        |    Y    |     Y     |     -      |     -      |   -   |     -
            batch-co-sign   |  -  |        -        |    Y    |     Y     |     -      |     -      |   -   |     -
            add-addendum    |  Y  |        -        |    -    |     -     |     -      |     -      |   -   |     Y
            read-history    |  Y  |        -        |    Y    |     Y     |     -      |     -      |   Y   |     Y
            """;

    /** In which states an action is allowed (Y) to an actor who holds the right. */
    private static final String STATES = """
            action          | DRAFT | SUBMITTED | IN_REVIEW | CHANGES_REQUESTED | CO_SIGNED | WITHDRAWN
            edit            |   Y   |     -     |     -     |         Y         |     -     |     Y
            submit          |   Y   |     -     |     -     |         Y         |     -     |     Y
            withdraw        |   -   |     Y     |     -     |         -         |     -     |     -
            start-review    |   -   |     Y     |     -     |         -         |     -     |     -
            comment         |   -   |     Y     |     Y     |         Y         |     -     |     -
            request-changes |   -   |     -     |     Y     |         -         |     -     |     -
            co-sign         |   -   |     Y     |     Y     |         -         |     -     |     -
            batch-co-sign   |   -   |     Y     |     Y     |         -         |     -     |     -
            add-addendum    |   -   |     -     |     -     |         -         |     Y     |     -
            read-history    |   Y   |     Y     |     Y     |         Y         |     Y     |     Y
            """;

    /** Who holds the right to move an addendum of a co-signed note. */
    private static final String ADDENDUM_RIGHTS = """
            action           | own | other-clinician | primary | backup-in | backup-out | unassigned | admin | sup-author
            submit-addendum  |  Y  |        -        |    -    |     -     |     -      |     -      |   -   |     Y
            co-sign-addendum |  -  |        -        |    Y    |     Y     |     -      |     -      |   -   |     -
            """;

    /** In which of its own states an addendum may move. */
    private static final String ADDENDUM_STATES = """
            action           | DRAFT | SUBMITTED | CO_SIGNED
            submit-addendum  |   Y   |     -     |     -
            co-sign-addendum |   -   |     Y     |     -
            """;

    private static final List<ReviewState> ADDENDUM_STATE_VALUES =
            List.of(ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.CO_SIGNED);

    /** The kinds of actor, with the note author each is tested against. */
    private static final Map<String, Actor> ACTORS = new LinkedHashMap<>();
    static {
        ACTORS.put("own", TestClinic.CLIN);
        ACTORS.put("other-clinician", TestClinic.CLIN2);
        ACTORS.put("primary", TestClinic.SUP);
        ACTORS.put("backup-in", TestClinic.BACKUP_IN);
        ACTORS.put("backup-out", TestClinic.BACKUP_OUT);
        ACTORS.put("unassigned", TestClinic.UNASSIGNED);
        ACTORS.put("admin", TestClinic.ADMIN);
        ACTORS.put("sup-author", TestClinic.SUP_AUTHOR);
        ACTORS.put("foreign", TestClinic.FOREIGN);
    }

    private enum Outcome { ALLOW, FORBIDDEN, INVALID_STATE, NOT_FOUND }

    private static TestClinic clinic;

    @BeforeAll
    static void openClinic() throws Exception {
        clinic = new TestClinic(TestDatabases.h2());
    }

    @TestFactory
    Stream<DynamicTest> everyActionByEveryActorInEveryState() {
        Map<String, Map<String, Boolean>> rights = MatrixTable.read(RIGHTS);
        Map<String, Map<String, Boolean>> states = MatrixTable.read(STATES);
        List<DynamicTest> tests = new ArrayList<>();
        for (String action : rights.keySet()) {
            for (Map.Entry<String, Actor> actor : ACTORS.entrySet()) {
                for (ReviewState state : ReviewState.values()) {
                    Outcome expected = expected(rights, states, action, actor.getKey(), state);
                    tests.add(DynamicTest.dynamicTest(action + " by " + actor.getKey() + " on a " + state + " note -> "
                            + expected, () -> check(action, actor.getKey(), actor.getValue(), state, expected)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyAddendumActionByEveryActorInEveryAddendumState() {
        Map<String, Map<String, Boolean>> rights = MatrixTable.read(ADDENDUM_RIGHTS);
        Map<String, Map<String, Boolean>> states = MatrixTable.read(ADDENDUM_STATES);
        List<DynamicTest> tests = new ArrayList<>();
        for (String action : rights.keySet()) {
            for (Map.Entry<String, Actor> actor : ACTORS.entrySet()) {
                for (ReviewState state : ADDENDUM_STATE_VALUES) {
                    Outcome expected = expected(rights, states, action, actor.getKey(), state);
                    tests.add(DynamicTest.dynamicTest(action + " by " + actor.getKey() + " on a " + state
                            + " addendum -> " + expected, () -> checkAddendum(action, actor.getKey(), actor.getValue(),
                                    state, expected)));
                }
            }
        }
        return tests.stream();
    }

    private static Outcome expected(Map<String, Map<String, Boolean>> rights, Map<String, Map<String, Boolean>> states,
            String action, String actorKind, ReviewState state) {
        return actorKind.equals("foreign") ? Outcome.NOT_FOUND
                : !rights.get(action).get(actorKind) ? Outcome.FORBIDDEN
                : !states.get(action).get(state.name()) ? Outcome.INVALID_STATE
                : Outcome.ALLOW;
    }

    private static void checkAddendum(String action, String kind, Actor actor, ReviewState state, Outcome expected)
            throws Exception {
        Actor author = kind.equals("sup-author") ? TestClinic.SUP_AUTHOR : TestClinic.CLIN;
        String note = ReviewFlows.noteIn(clinic, author, ReviewState.CO_SIGNED).noteId();
        Addendum addendum = clinic.reviews.addAddendum(author, note, "Late entry.");
        if (state != ReviewState.DRAFT) {
            addendum = clinic.reviews.submitAddendum(author, note, addendum.addendumId(), addendum.version());
        }
        if (state == ReviewState.CO_SIGNED) {
            addendum = clinic.reviews.coSignAddendum(TestClinic.SUP, note, addendum.addendumId(), addendum.version());
        }
        Addendum before = addendum;
        int auditBefore = clinic.audit.count();

        Outcome actual = outcome(() -> {
            if (action.equals("submit-addendum")) {
                clinic.reviews.submitAddendum(actor, note, before.addendumId(), before.version());
            } else {
                clinic.reviews.coSignAddendum(actor, note, before.addendumId(), before.version());
            }
        });

        assertThat(actual).as("outcome").isEqualTo(expected);
        // A granted action writes its event; a refused access writes one REFUSED event; a refusal
        // for the state writes nothing.
        assertThat(clinic.audit.count() - auditBefore).as("audit events")
                .isEqualTo(expected == Outcome.INVALID_STATE ? 0 : 1);
        if (expected != Outcome.ALLOW) {
            assertThat(clinic.storedAddendum(note, before.addendumId())).as("nothing stored").isEqualTo(before);
        }
    }

    private static void check(String action, String kind, Actor actor, ReviewState state, Outcome expected)
            throws Exception {
        Actor author = kind.equals("sup-author") ? TestClinic.SUP_AUTHOR : TestClinic.CLIN;
        Review before = ReviewFlows.noteIn(clinic, author, state);
        int auditBefore = clinic.audit.count();

        Outcome actual = run(action, actor, before);

        assertThat(actual).as("outcome").isEqualTo(expected);
        // A granted action writes its event (the edit check writes none); a refused access writes
        // one REFUSED event; a refusal for the state writes nothing, except a refused batch.
        boolean accessRefused = expected == Outcome.FORBIDDEN || expected == Outcome.NOT_FOUND;
        int expectedAudit = action.equals("batch-co-sign") ? 1
                : accessRefused ? 1
                : action.equals("edit") ? 0
                : expected == Outcome.ALLOW ? 1 : 0;
        assertThat(clinic.audit.count() - auditBefore).as("audit events").isEqualTo(expectedAudit);
        if (expected != Outcome.ALLOW && before.version() > 0) {
            assertThat(clinic.stored(before.noteId()).version()).as("nothing stored").isEqualTo(before.version());
        }
    }

    private static Outcome run(String action, Actor actor, Review before) {
        String note = before.noteId();
        long version = before.version();
        ReviewService reviews = clinic.reviews;
        try {
            switch (action) {
                case "edit" -> reviews.requireEditable(actor, note);
                case "submit" -> reviews.submit(actor, note, version);
                case "withdraw" -> reviews.withdraw(actor, note, version);
                case "start-review" -> reviews.startReview(actor, note, version);
                case "comment" -> reviews.comment(actor, note, version, NewComment.onNote("Say more about the aim."));
                case "request-changes" -> reviews.requestChanges(actor, note, version, "Add the rationale.");
                case "co-sign" -> reviews.coSign(actor, note, version);
                case "batch-co-sign" -> {
                    return batchOutcome(reviews.batchCoSign(actor, List.of(new NoteVersion(note, version))));
                }
                case "add-addendum" -> reviews.addAddendum(actor, note, "Late entry: the client called back.");
                case "read-history" -> reviews.history(actor, note);
                default -> throw new IllegalArgumentException("no such action in the table: " + action);
            }
            return Outcome.ALLOW;
        } catch (ForbiddenException e) {
            return Outcome.FORBIDDEN;
        } catch (InvalidStateException e) {
            return Outcome.INVALID_STATE;
        } catch (NotFoundException e) {
            return Outcome.NOT_FOUND;
        } catch (ConflictException e) {
            throw new AssertionError("no concurrent change in this test, yet: " + e.getMessage(), e);
        }
    }

    private static Outcome outcome(Runnable action) {
        try {
            action.run();
            return Outcome.ALLOW;
        } catch (ForbiddenException e) {
            return Outcome.FORBIDDEN;
        } catch (InvalidStateException e) {
            return Outcome.INVALID_STATE;
        } catch (NotFoundException e) {
            return Outcome.NOT_FOUND;
        }
    }

    private static Outcome batchOutcome(BatchCoSignResult result) {
        if (result.committed()) {
            return Outcome.ALLOW;
        }
        return switch (result.outcomes().get(0).reasonCode()) {
            case "forbidden" -> Outcome.FORBIDDEN;
            case "invalid-state" -> Outcome.INVALID_STATE;
            case "not-found" -> Outcome.NOT_FOUND;
            default -> throw new AssertionError("unexpected refusal " + result.outcomes().get(0));
        };
    }
}
