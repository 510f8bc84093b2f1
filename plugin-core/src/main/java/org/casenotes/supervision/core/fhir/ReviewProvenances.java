package org.casenotes.supervision.core.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.CoSign;
import org.casenotes.supervision.api.review.HistoryEntry;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;

/**
 * A Provenance per submit, return and co-sign of a note or addendum. Targets: the review's
 * Task, the host's note and the note version by the SHA-256 of its submitted snapshot (where
 * the plugin keeps it: the last submission and everything after it, and every co-sign).
 * Agents: author (the clinician) on submit and co-sign; verifier (the supervisor) on return;
 * attester (the supervisor) on co-sign, which also carries the attestation as a Verification
 * Signature.
 */
final class ReviewProvenances {

    private static final String VERIFICATION_SIGNATURE = "1.2.840.10065.1.12.1.5";

    private final StaffNames staff;
    private final NoteFocus focus;

    ReviewProvenances(StaffNames staff, NoteFocus focus) {
        this.staff = staff;
        this.focus = focus;
    }

    List<BundleEntry> provenances(NoteReview note, List<String> taskUrls) {
        Review review = note.history().review();
        List<HistoryEntry> transitions = note.history().transitions();
        int lastSubmit = -1;
        for (int i = 0; i < transitions.size(); i++) {
            if (transitions.get(i).addendumId() == null && transitions.get(i).to() == ReviewState.SUBMITTED) {
                lastSubmit = i;
            }
        }
        List<BundleEntry> entries = new ArrayList<>();
        for (int i = 0; i < transitions.size(); i++) {
            HistoryEntry entry = transitions.get(i);
            String action = action(entry.to());
            if (action == null) {
                continue;
            }
            Addendum addendum = entry.addendumId() == null ? null : addendum(note, entry.addendumId());
            CoSign coSign = entry.to() != ReviewState.CO_SIGNED ? null
                    : addendum == null ? review.coSign() : addendum.coSign();
            String hash = coSign != null ? coSign.contentHash()
                    : addendum != null ? addendum.contentHash()
                    : i >= lastSubmit ? review.snapshotHash() : null;
            String author = addendum == null ? review.clinicianId() : addendum.authorId();
            String taskUrl = taskUrls.get(addendum == null ? 0 : 1 + note.history().addenda().indexOf(addendum));
            Provenance provenance = provenance(note, entry, action, taskUrl, hash, author, coSign);
            entries.add(new BundleEntry(FhirNames.fullUrl(note.organisationId(), "provenance",
                    note.noteId() + '/' + i), provenance, null));
        }
        return entries;
    }

    private Provenance provenance(NoteReview note, HistoryEntry entry, String action, String taskUrl, String hash,
            String author, CoSign coSign) {
        Provenance provenance = new Provenance();
        provenance.addTarget(new Reference(taskUrl));
        provenance.addTarget(focus.note(note));
        if (hash != null) {
            provenance.addTarget(new Reference().setType("DocumentReference")
                    .setIdentifier(FhirNames.identifier(FhirNames.SNAPSHOT_SHA256, hash))
                    .setDisplay(entry.addendumId() == null ? "Note version as submitted" : "Addendum as submitted"));
        }
        provenance.setOccurred(new DateTimeType(Date.from(entry.at())));
        provenance.setRecorded(Date.from(entry.at()));
        provenance.setActivity(new CodeableConcept(new Coding(FhirNames.REVIEW_ACTION, action, display(action))));
        switch (entry.to()) {
            case SUBMITTED -> agent(provenance, "author", "Author", author);
            case CHANGES_REQUESTED -> agent(provenance, "verifier", "Verifier", entry.actorId());
            default -> {
                agent(provenance, "author", "Author", author);
                agent(provenance, "attester", "Attester", entry.actorId());
                provenance.addSignature(signature(coSign, entry));
            }
        }
        return provenance;
    }

    private void agent(Provenance provenance, String code, String display, String userId) {
        provenance.addAgent().setType(new CodeableConcept(new Coding(FhirNames.PROVENANCE_PARTICIPANT, code, display)))
                .setWho(staff.practitioner(userId));
    }

    private Signature signature(CoSign coSign, HistoryEntry entry) {
        Signature signature = new Signature();
        signature.addType(new Coding(FhirNames.SIGNATURE_TYPE, VERIFICATION_SIGNATURE, "Verification Signature"));
        signature.setWhen(Date.from(coSign != null ? coSign.at() : entry.at()));
        signature.setWho(staff.practitioner(coSign != null ? coSign.signerId() : entry.actorId()));
        if (coSign != null) {
            signature.setSigFormat("text/plain");
            signature.setData(coSign.attestationText().getBytes(StandardCharsets.UTF_8));
        }
        return signature;
    }

    private static Addendum addendum(NoteReview note, String addendumId) {
        return note.history().addenda().stream().filter(a -> a.addendumId().equals(addendumId)).findFirst()
                .orElse(null);
    }

    private static String action(ReviewState to) {
        return switch (to) {
            case SUBMITTED -> "submit";
            case CHANGES_REQUESTED -> "return";
            case CO_SIGNED -> "co-sign";
            default -> null;
        };
    }

    private static String display(String action) {
        return switch (action) {
            case "submit" -> "Submitted for review";
            case "return" -> "Returned with changes requested";
            default -> "Co-signed by the supervisor";
        };
    }
}
