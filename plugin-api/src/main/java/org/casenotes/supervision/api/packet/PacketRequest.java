package org.casenotes.supervision.api.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.input.CalendarDates;

/**
 * What a packet covers: the supervisees and either a period or one supervision meeting. The
 * supervisor is the {@link org.casenotes.supervision.api.Actor} who exports it. Instances are
 * immutable.
 *
 * @param supervisees the supervisees' user ids, in the order the packet names them; at least
 *     one, no duplicates
 * @param from the period's first day (inclusive), or {@code null} for a meeting packet
 * @param to the period's last day (inclusive), or {@code null} for a meeting packet
 * @param meetingId the meeting, or {@code null} for a period packet
 * @param generatedAt the packet's generation time, or {@code null} for the host clock's now;
 *     fixing it lets a packet be reproduced byte for byte
 */
public record PacketRequest(List<String> supervisees, LocalDate from, LocalDate to, String meetingId,
        Instant generatedAt) {

    /**
     * Checks the request and copies the supervisees.
     *
     * @throws ValidationException with every problem: no supervisee ({@code /supervisees}), a
     *     blank or repeated one ({@code /supervisees/i}), half a period ({@code /from} or
     *     {@code /to}), a period ending before it starts ({@code /from}), neither a period nor a
     *     meeting ({@code /period}), both ({@code /meetingId})
     */
    public PacketRequest {
        Objects.requireNonNull(supervisees, "supervisees");
        List<FieldProblem> problems = new ArrayList<>();
        if (supervisees.isEmpty()) {
            problems.add(new FieldProblem("/supervisees", "packet.no-supervisee", "Name at least one supervisee."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < supervisees.size(); i++) {
            String id = supervisees.get(i);
            if (id == null || id.isBlank()) {
                problems.add(new FieldProblem("/supervisees/" + i, "packet.supervisee-blank",
                        "A supervisee id must not be blank."));
            } else if (!seen.add(id)) {
                problems.add(new FieldProblem("/supervisees/" + i, "packet.supervisee-repeated",
                        "A supervisee is named twice."));
            }
        }
        periodProblems(from, to, meetingId, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        supervisees = List.copyOf(supervisees);
    }

    private static void periodProblems(LocalDate from, LocalDate to, String meetingId, List<FieldProblem> problems) {
        boolean period = from != null || to != null;
        boolean meeting = meetingId != null;
        if (meeting && meetingId.isBlank()) {
            problems.add(new FieldProblem("/meetingId", "packet.meeting-blank", "The meeting id must not be blank."));
        }
        if (period && meeting) {
            problems.add(new FieldProblem("/meetingId", "packet.period-and-meeting",
                    "Give either a period or a meeting, not both."));
        } else if (!period && !meeting) {
            problems.add(new FieldProblem("/period", "packet.period-missing",
                    "Give a period (from and to) or a meeting."));
        }
        if (period && from == null) {
            problems.add(new FieldProblem("/from", "packet.from-missing", "The period needs a first day."));
        }
        if (period && to == null) {
            problems.add(new FieldProblem("/to", "packet.to-missing", "The period needs a last day."));
        }
        CalendarDates.problem("/from", from).ifPresent(problems::add);
        CalendarDates.problem("/to", to).ifPresent(problems::add);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem("/from", "packet.period-reversed",
                    "The period's first day is after its last day."));
        }
    }

    /**
     * A packet over a period.
     *
     * @param supervisees the supervisees' user ids
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return the request, generated at the host clock's now
     * @throws ValidationException when the supervisees or the period are not usable
     */
    public static PacketRequest forPeriod(List<String> supervisees, LocalDate from, LocalDate to) {
        return new PacketRequest(supervisees, from, to, null, null);
    }

    /**
     * A packet for one supervision meeting: its agenda's notes, action items and hours.
     *
     * @param supervisees the supervisees' user ids
     * @param meetingId the meeting
     * @return the request, generated at the host clock's now
     * @throws ValidationException when the supervisees or the meeting id are not usable
     */
    public static PacketRequest forMeeting(List<String> supervisees, String meetingId) {
        return new PacketRequest(supervisees, null, null, meetingId, null);
    }

    /**
     * This request with a fixed generation time.
     *
     * @param at when the packet counts as generated
     * @return the new request
     */
    public PacketRequest generatedAt(Instant at) {
        return new PacketRequest(supervisees, from, to, meetingId, Objects.requireNonNull(at, "at"));
    }

    /**
     * The meeting the packet is for.
     *
     * @return the meeting id, or empty for a period packet
     */
    public Optional<String> meeting() {
        return Optional.ofNullable(meetingId);
    }
}
