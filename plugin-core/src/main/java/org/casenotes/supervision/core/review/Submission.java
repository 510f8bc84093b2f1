package org.casenotes.supervision.core.review;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.api.billing.BillingReadiness;
import org.casenotes.supervision.api.billing.NoteBillable;
import org.casenotes.supervision.api.review.CoSignSelection;
import org.casenotes.supervision.core.billing.BillingRules;
import org.casenotes.supervision.core.sampling.CoSignNeed;
import org.casenotes.supervision.core.sampling.SelectionStore;
import org.casenotes.supervision.core.disclosure.SectionSnapshot;
import org.casenotes.supervision.core.disclosure.SectionSnapshots;
import org.casenotes.supervision.core.review.SnapshotStore.Snapshot;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Freezes what is submitted: the host's note text and the self-disclosure section, hashed
 * together, with the flags, the note's co-sign selection and the co-sign due date the selection
 * calls for (none when the note is not selected).
 */
final class Submission {

    private final ReviewContext context;

    Submission(ReviewContext context) {
        this.context = context;
    }

    /**
     * A submission made in a transaction, before it commits.
     *
     * @param row the submitted review
     * @param sectionLocked whether the note's stored section was locked before its snapshot
     */
    record Submitted(ReviewRow row, boolean sectionLocked) {
    }

    Submitted submit(Tx tx, Actor actor, ReviewRow current, Instant now) throws SQLException {
        String org = current.organisationId();
        ProgressNote note = hostNote(current);
        SectionSnapshots.Locked locked = context.sections().lockAndSnapshot(tx, org, current.noteId());
        boolean sectionLocked = locked.locked();
        Optional<SectionSnapshot> section = locked.snapshot();
        ReviewPolicy policy = context.policies().current(tx, org);
        Documentation.requireSubmittable(section, context.sections().draftProblems(tx, org, current.noteId()),
                note.sessionDate(), context.today(), policy);
        String sectionJson = section.map(SectionSnapshot::canonicalJson).orElse(null);
        String hash = ContentHash.of(note.text(), sectionJson);
        List<Flag> flags = section.map(SectionSnapshot::flags).orElse(List.of());
        List<String> rules = flags.stream().map(Flag::ruleId).distinct().sorted().toList();
        LocalDate submittedOn = LocalDate.ofInstant(now, context.host().clock().getZone());
        // The selection first: kept once at the first submission, it decides the due date of
        // this and every later submission of the note.
        // A note never submitted has no selection yet: store one without looking for it.
        CoSignSelection decided = context.sampler().decide(org, current.noteId(), current.clinicianId(),
                context.policies().sampling(tx, org), policy.version(), now);
        CoSignSelection selection = current.submissionNo() == 0 ? SelectionStore.keepFirst(tx, org, decided)
                : SelectionStore.keep(tx, org, decided);
        LocalDate due = CoSignNeed.dueDate(selection, submittedOn, policy.coSignDueDays()).orElse(null);
        ReviewRow next = current.submitted(now, due, due == null ? null : due.plusDays(policy.coSignDueDays()), hash,
                rules, policy.version());
        SnapshotStore.insert(tx, next, new Snapshot(note.text(), sectionJson, hash), flags, now);
        context.publish(tx, new ReviewEvent.Submitted(org, next.noteId(), next.clinicianId(), now, due));
        if (!CoSignNeed.required(Optional.of(selection))) {
            // Nothing to wait for under the sampling policy: billable now unless the payer
            // group itself requires a co-sign (see BillingRules).
            BillingReadiness billing = BillingRules.decide(context.host(), context.policies().billing(tx, org), org,
                    next.noteId(), next.clinicianId(), null, false, context.today());
            if (billing.billable()) {
                context.publish(tx, new NoteBillable(org, next.noteId(), next.clinicianId(), now,
                        billing.supervisingPractitionerId(), billing.payerGroup(), billing.presence()));
            }
        }
        return new Submitted(next, sectionLocked);
    }

    /**
     * Checks, once the submission's audit event is appended, that the snapshot is still the
     * stored section. Appending locks the audit head until commit, so every writer that
     * committed before it is visible now: a first section saved while the note had no section
     * row to lock shows up here, and the submission gives way to it. Where the stored section
     * was locked before the snapshot, no save or draft of it can have committed, and there is
     * nothing to check.
     */
    void confirm(Tx tx, Submitted submission) throws SQLException {
        if (submission.sectionLocked()) {
            return;
        }
        ReviewRow submitted = submission.row();
        if (context.sections().draftProblems(tx, submitted.organisationId(), submitted.noteId()).isPresent()
                || !currentHash(tx, submitted).equals(submitted.snapshotHash())) {
            throw new ConflictException(
                    "the self-disclosure section was saved while the note was being submitted; reload and submit again");
        }
    }

    /** The hash of the note's content as it is now, computed as at submission. */
    String currentHash(Tx tx, ReviewRow row) throws SQLException {
        ProgressNote note = hostNote(row);
        String sectionJson = context.sections().snapshot(tx, row.organisationId(), row.noteId())
                .map(SectionSnapshot::canonicalJson).orElse(null);
        return ContentHash.of(note.text(), sectionJson);
    }

    ProgressNote hostNote(ReviewRow row) {
        return context.host().notes().note(row.organisationId(), row.noteId())
                .filter(n -> n.organisationId().equals(row.organisationId()))
                .orElseThrow(Access::notFound);
    }
}
