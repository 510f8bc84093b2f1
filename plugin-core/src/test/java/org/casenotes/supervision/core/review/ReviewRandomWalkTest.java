package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.api.review.ReviewState.CO_SIGNED;
import static org.casenotes.supervision.api.review.ReviewState.DRAFT;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Random actions by random actors, sometimes on stale versions, against a few notes: whatever
 * happens, a change moves along an edge of the workflow and bumps the version by one with one
 * audit event; a refusal stores nothing; a co-signed note never changes again.
 */
class ReviewRandomWalkTest {

    private static final Set<String> EDGES = Set.of("DRAFT>SUBMITTED", "SUBMITTED>WITHDRAWN", "SUBMITTED>IN_REVIEW",
            "SUBMITTED>CO_SIGNED", "IN_REVIEW>CHANGES_REQUESTED", "IN_REVIEW>CO_SIGNED", "CHANGES_REQUESTED>SUBMITTED",
            "WITHDRAWN>SUBMITTED", "SUBMITTED>SUBMITTED", "IN_REVIEW>IN_REVIEW", "CHANGES_REQUESTED>CHANGES_REQUESTED");
    private static final Actor[] ACTORS = {TestClinic.CLIN, TestClinic.CLIN2, TestClinic.SUP, TestClinic.BACKUP_IN,
        TestClinic.BACKUP_OUT, TestClinic.ADMIN, TestClinic.FOREIGN};
    private static final String[] ACTIONS = {"submit", "withdraw", "start", "comment", "return", "co-sign", "batch"};

    @Test
    void everyChangeFollowsAnEdgeWithOneVersionAndOneAuditEventAndEveryRefusalStoresNothing() throws Exception {
        TestClinic clinic = new TestClinic(TestDatabases.h2());
        Random random = new Random(20260310);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String note = clinic.note(TestClinic.CLIN);
            clinic.section(note, i % 2 == 0 ? new String[] {"risk"} : new String[0]);
            notes.add(note);
        }
        int changes = 0;
        for (int step = 0; step < 600; step++) {
            String note = notes.get(random.nextInt(notes.size()));
            Review before = current(clinic, note);
            Actor actor = ACTORS[random.nextInt(ACTORS.length)];
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            long version = random.nextInt(8) == 0 ? before.version() - 1 : before.version();
            int audit = clinic.audit.count();
            int events = clinic.sentEvents().size();

            refusedAccess = false;
            boolean changed = act(clinic, actor, action, note, version);

            Review after = current(clinic, note);
            String where = "step " + step + ": " + action + " by " + actor.userId() + " on " + before.state();
            if (changed) {
                changes++;
                assertThat(before.state() + ">" + after.state()).as(where).isIn(EDGES);
                assertThat(after.version()).as(where).isEqualTo(before.version() + 1);
                assertThat(clinic.audit.count() - audit).as(where).isEqualTo(1);
            } else {
                assertThat(after).as(where).isEqualTo(before);
                assertThat(clinic.sentEvents().size()).as(where).isEqualTo(events);
                assertThat(clinic.audit.count() - audit).as(where)
                        .isEqualTo(action.equals("batch") || refusedAccess ? 1 : 0);
            }
            if (before.state() == CO_SIGNED) {
                assertThat(after).as(where).isEqualTo(before);
            }
        }
        assertThat(changes).as("the walk did change things").isGreaterThan(20);
        assertThat(notes).extracting(n -> current(clinic, n).state()).as("the walk reached a co-sign")
                .contains(CO_SIGNED);
    }

    private static boolean refusedAccess;

    private static boolean act(TestClinic clinic, Actor actor, String action, String note, long version) {
        ReviewService reviews = clinic.reviews;
        try {
            switch (action) {
                case "submit" -> reviews.submit(actor, note, version);
                case "withdraw" -> reviews.withdraw(actor, note, version);
                case "start" -> reviews.startReview(actor, note, version);
                case "comment" -> reviews.comment(actor, note, version, NewComment.onNote("A comment."));
                case "return" -> reviews.requestChanges(actor, note, version, "A reason.");
                case "co-sign" -> reviews.coSign(actor, note, version);
                default -> {
                    return reviews.batchCoSign(actor, List.of(new NoteVersion(note, version))).committed();
                }
            }
            return true;
        } catch (org.casenotes.supervision.api.error.ForbiddenException
                | org.casenotes.supervision.api.error.NotFoundException refused) {
            refusedAccess = true; // recorded as one REFUSED event
            return false;
        } catch (SupervisionException refused) {
            return false;
        }
    }

    private static Review current(TestClinic clinic, String note) {
        try {
            return clinic.stored(note);
        } catch (NoSuchElementException neverSubmitted) {
            return new Review(TestClinic.ORG, note, "client-" + note, "clin", DRAFT, 0, null, null, null, List.of(),
                    null);
        }
    }
}
