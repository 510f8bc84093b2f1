package org.casenotes.supervision.core.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.input.FreeText;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;

/** Checks a meeting plan and the texts written into meetings, reporting every problem at once. */
final class PlanCheck {

    static final int MAX_MINUTES = 480;
    static final int MAX_TOPIC = 500;
    static final int MAX_ACTION_TEXT = 2_000;
    static final int MAX_NOTES = 20_000;

    private PlanCheck() {
    }

    static void check(Actor actor, MeetingPlan plan, MeetingRights rights) {
        List<FieldProblem> problems = new ArrayList<>();
        if (plan == null) {
            throw ValidationException.of("", "required", "a meeting plan is required");
        }
        List<String> ids = plan.superviseeIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String path = "/superviseeIds/" + i;
            if (id == null || id.isBlank()) {
                problems.add(new FieldProblem(path, "required", "a supervisee id is required"));
            } else if (!seen.add(id)) {
                problems.add(new FieldProblem(path, "duplicate", "each supervisee is listed once"));
            } else if (id.equals(actor.userId())) {
                problems.add(new FieldProblem(path, "not-allowed", "the supervisor is not their own supervisee"));
            } else {
                Optional<Person> person = rights.person(actor, id);
                if (person.isEmpty()) {
                    problems.add(new FieldProblem(path, "unknown", "no such person in the organisation"));
                } else if (!person.get().roles().contains(Role.CLINICIAN)) {
                    problems.add(new FieldProblem(path, "not-a-clinician", "only clinicians are supervised"));
                }
            }
        }
        if (plan.format() == null) {
            problems.add(new FieldProblem("/format", "required", "the format is required"));
        } else if (!fits(plan.format(), ids.size())) {
            problems.add(new FieldProblem("/superviseeIds", "count-for-format",
                    "INDIVIDUAL takes one supervisee, TRIADIC two, GROUP two or more"));
        }
        if (plan.modality() == null) {
            problems.add(new FieldProblem("/modality", "required", "the modality is required"));
        }
        if (plan.startsAt() == null) {
            problems.add(new FieldProblem("/startsAt", "required", "the start time is required"));
        }
        if (plan.durationMinutes() < 1 || plan.durationMinutes() > MAX_MINUTES) {
            problems.add(new FieldProblem("/durationMinutes", "out-of-range",
                    "the duration is between 1 and " + MAX_MINUTES + " minutes"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean fits(MeetingFormat format, int supervisees) {
        return switch (format) {
            case INDIVIDUAL -> supervisees == 1;
            case TRIADIC -> supervisees == 2;
            case GROUP -> supervisees >= 2;
        };
    }

    /** Checks a free text: present when required, not too long, and only {@link FreeText}'s characters. */
    static void text(List<FieldProblem> problems, String path, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(path, "required", "a text is required"));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(path, "too-long", "at most " + max + " characters"));
        } else {
            FreeText.problem(path, value).ifPresent(problems::add);
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
