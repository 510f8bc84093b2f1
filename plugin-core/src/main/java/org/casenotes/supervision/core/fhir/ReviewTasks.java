package org.casenotes.supervision.core.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.Comment;
import org.casenotes.supervision.api.review.HistoryEntry;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * A note's review as a Task, and one Task per addendum (part of the note's Task): status and
 * business status from the review state, focus the host's note, for the client, requester
 * the clinician, owner the supervisor, execution period from first submission to co-sign or
 * withdrawal, restriction period ending on the due date, and the return reasons as notes.
 */
final class ReviewTasks {

    /** The state names the packet prints, in English: FHIR displays are in the code system's language. */
    private static final ResourceBundle STATES = ResourceBundle.getBundle(
            "org.casenotes.supervision.core.packet.PacketText", Locale.ROOT, ReviewTasks.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final StaffNames staff;
    private final NoteFocus focus;

    ReviewTasks(StaffNames staff, NoteFocus focus) {
        this.staff = staff;
        this.focus = focus;
    }

    List<BundleEntry> tasks(NoteReview note, Reference client, String owner) {
        Review review = note.history().review();
        String noteUrl = taskUrl(note);
        Identifier key = FhirNames.identifier(FhirNames.REVIEW, note.noteId());
        Task task = base(review.state(), key, note, client, review.clinicianId(), owner);
        List<HistoryEntry> own = note.history().transitions().stream().filter(t -> t.addendumId() == null).toList();
        period(task, own, review.state());
        if (review.dueDate() != null) {
            task.getRestriction().setPeriod(new Period().setEndElement(day(review.dueDate())));
        }
        for (Comment comment : note.history().comments()) {
            if (comment.returnReason()) {
                task.addNote(new Annotation().setAuthor(staff.practitioner(comment.authorId()))
                        .setTime(Date.from(comment.at())).setText(comment.text()));
            }
        }
        task.setDescription("Supervisor review and co-sign of a progress note");
        List<BundleEntry> entries = new ArrayList<>();
        entries.add(new BundleEntry(noteUrl, task, key));
        for (Addendum addendum : note.history().addenda()) {
            Identifier addendumKey = FhirNames.identifier(FhirNames.ADDENDUM, addendum.addendumId());
            String signer = addendum.coSign() != null ? addendum.coSign().signerId() : owner;
            Task part = base(addendum.state(), addendumKey, note, client, addendum.authorId(), signer);
            part.addPartOf(new Reference(noteUrl));
            part.setDescription("Supervisor review and co-sign of an addendum to a co-signed progress note");
            period(part, note.history().transitions().stream()
                    .filter(t -> addendum.addendumId().equals(t.addendumId())).toList(), addendum.state());
            entries.add(new BundleEntry(FhirNames.fullUrl(note.organisationId(), "addendum-task",
                    addendum.addendumId()), part, addendumKey));
        }
        return entries;
    }

    static String taskUrl(NoteReview note) {
        return FhirNames.fullUrl(note.organisationId(), "review-task", note.noteId());
    }

    private Task base(ReviewState state, Identifier key, NoteReview note, Reference client, String requester,
            String owner) {
        Task task = new Task();
        task.addIdentifier(key);
        task.setStatus(Task.TaskStatus.fromCode(state.fhirStatus().code()));
        task.setBusinessStatus(new CodeableConcept(new Coding(FhirNames.REVIEW_STATE, businessCode(state),
                STATES.getString("state." + state.name()))));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding(FhirNames.TASK_CODE, "approve",
                "Activate/approve the focal resource")));
        task.setFocus(focus.note(note));
        task.setFor(client);
        task.setRequester(staff.practitioner(requester));
        if (owner != null) {
            task.setOwner(staff.practitioner(owner));
        }
        return task;
    }

    /** The business status: the state's own FHIR refinement where it has one, else its name. */
    static String businessCode(ReviewState state) {
        String refined = state.fhirBusinessStatus();
        return refined != null ? refined : state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void period(Task task, List<HistoryEntry> transitions, ReviewState state) {
        Instant start = transitions.stream().filter(t -> t.to() == ReviewState.SUBMITTED).map(HistoryEntry::at)
                .findFirst().orElse(null);
        if (start == null) {
            return;
        }
        task.setAuthoredOn(Date.from(start));
        Period period = new Period().setStart(Date.from(start));
        if (state == ReviewState.CO_SIGNED || state == ReviewState.WITHDRAWN) {
            transitions.stream().filter(t -> t.to() == state).reduce((a, b) -> b)
                    .ifPresent(end -> period.setEnd(Date.from(end.at())));
        }
        task.setExecutionPeriod(period);
        transitions.stream().reduce((a, b) -> b).ifPresent(last -> task.setLastModified(Date.from(last.at())));
    }

    private static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }
}
