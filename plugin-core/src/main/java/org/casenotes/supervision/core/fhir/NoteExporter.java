package org.casenotes.supervision.core.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.review.HistoryEntry;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.hl7.fhir.r4.model.Reference;

/**
 * One note's resources: its Tasks, Provenances and, when it has a section, its
 * QuestionnaireResponse. Thread-safe.
 */
final class NoteExporter {

    private final SupervisionDirectory directory;
    private final String organisationId;
    private final ClientNaming naming;
    private final StaffNames staff;
    private final ReviewTasks tasks;
    private final ReviewProvenances provenances;
    private final DisclosureAnswers answers;
    private final LocalDate today;

    NoteExporter(SupervisionDirectory directory, String organisationId, ClientNaming naming, List<String> withheld,
            LocalDate today) {
        this.directory = directory;
        this.organisationId = organisationId;
        this.naming = naming;
        this.staff = new StaffNames(directory, organisationId);
        NoteFocus focus = new NoteFocus();
        this.tasks = new ReviewTasks(staff, focus);
        this.provenances = new ReviewProvenances(staff, focus);
        this.answers = new DisclosureAnswers(withheld);
        this.today = today;
    }

    List<BundleEntry> entries(NoteReview note) {
        Reference client = naming.client(note.organisationId(), note.clientId());
        List<BundleEntry> entries = new ArrayList<>(tasks.tasks(note, client, owner(note)));
        entries.addAll(provenances.provenances(note, entries.stream().map(BundleEntry::fullUrl).toList()));
        if (note.section() != null) {
            entries.add(answers.answers(note, note.section(), client,
                    staff.practitioner(note.history().review().clinicianId())));
        }
        return entries;
    }

    /** The supervisor: who co-signed, else who last reviewed, else the clinician's primary supervisor today. */
    private String owner(NoteReview note) {
        Review review = note.history().review();
        if (review.coSign() != null) {
            return review.coSign().signerId();
        }
        String reviewer = null;
        for (HistoryEntry entry : note.history().transitions()) {
            if (entry.addendumId() == null && (entry.to() == ReviewState.IN_REVIEW
                    || entry.to() == ReviewState.CHANGES_REQUESTED)) {
                reviewer = entry.actorId();
            }
        }
        if (reviewer != null) {
            return reviewer;
        }
        return directory.assignmentsOf(organisationId, review.clinicianId()).stream()
                .filter(a -> a.kind() == SupervisionAssignment.Kind.PRIMARY && a.holdsOn(today))
                .map(SupervisionAssignment::supervisorId).findFirst().orElse(null);
    }
}
