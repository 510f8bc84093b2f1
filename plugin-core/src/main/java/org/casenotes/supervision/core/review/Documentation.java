package org.casenotes.supervision.core.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.core.disclosure.SectionSnapshot;

/**
 * What a note needs before it is submitted or co-signed: a complete self-disclosure section
 * (the "no self-disclosure this session" attestation or at least one valid entry) and a
 * session date that is neither after today in the practice's time zone nor before the
 * policy's earliest session date. The source of the rules: DESIGN.md, "Self-disclosure
 * section" and issue 12. Thread-safe.
 */
final class Documentation {

    /** Code of the problem at {@code /section} when the note has no section at all. */
    static final String UNDOCUMENTED = "undocumented";
    /** Code of the problem at {@code /section} when the note has an unfinished draft. */
    static final String INCOMPLETE = "incomplete";
    /** Code of the problem at {@code /sessionDate} for a day after today. */
    static final String IN_FUTURE = "in-future";
    /** Code of the problem at {@code /sessionDate} for a day before the policy's earliest. */
    static final String TOO_EARLY = "too-early";
    /** Code of the invalid-state error when co-signing an undocumented note. */
    static final String NOT_DOCUMENTED = "review.undocumented";

    private Documentation() {
    }

    /**
     * Refuses a submission whose section is missing or unfinished, or whose session date is out
     * of range, listing every problem at once.
     *
     * @param section the stored section, if any
     * @param draft the problems of the note's unfinished draft, if it has one
     * @throws ValidationException at {@code /section} (code {@value #UNDOCUMENTED} or
     *     {@value #INCOMPLETE}, followed by the draft's own problems under {@code /section})
     *     and at {@code /sessionDate} (codes {@value #IN_FUTURE}, {@value #TOO_EARLY})
     */
    static void requireSubmittable(Optional<SectionSnapshot> section, Optional<List<FieldProblem>> draft,
            LocalDate sessionDate, LocalDate today, ReviewPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.isPresent()) {
            problems.add(new FieldProblem("/section", INCOMPLETE, draft.get().isEmpty()
                    ? "the self-disclosure section is a draft: save it as the section before submitting"
                    : "the self-disclosure section is an unfinished draft with " + draft.get().size()
                            + (draft.get().size() == 1 ? " problem" : " problems") + ": finish it before submitting"));
            for (FieldProblem problem : draft.get()) {
                problems.add(new FieldProblem("/section" + problem.path(), problem.code(), problem.message()));
            }
        } else if (section.isEmpty()) {
            problems.add(new FieldProblem("/section", UNDOCUMENTED, "document the session's self-disclosures:"
                    + " attest there was none, or add at least one entry"));
        }
        problems.addAll(dateProblems(sessionDate, today, policy));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * Refuses a co-sign of an undocumented note or of a note whose session date is out of range.
     *
     * @throws InvalidStateException code {@value #NOT_DOCUMENTED} when the note was submitted
     *     without a section
     * @throws ValidationException at {@code /sessionDate} when the day is out of range
     */
    static void requireCoSignable(ReviewRow row, LocalDate sessionDate, LocalDate today, ReviewPolicy policy) {
        if (!row.documented()) {
            throw new InvalidStateException(NOT_DOCUMENTED, "this note was submitted without its self-disclosure"
                    + " section; return it so the clinician documents it before it is co-signed");
        }
        List<FieldProblem> problems = dateProblems(sessionDate, today, policy);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static List<FieldProblem> dateProblems(LocalDate sessionDate, LocalDate today, ReviewPolicy policy) {
        if (sessionDate.isAfter(today)) {
            return List.of(new FieldProblem("/sessionDate", IN_FUTURE, "the session date " + sessionDate
                    + " is after today (" + today + ") in the practice's time zone"));
        }
        if (sessionDate.isBefore(policy.earliestSessionDate())) {
            return List.of(new FieldProblem("/sessionDate", TOO_EARLY, "the session date " + sessionDate
                    + " is before " + policy.earliestSessionDate() + ", the earliest the practice's policy allows"));
        }
        return List.of();
    }
}
