package org.casenotes.supervision.core.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the cover page says.
 *
 * @param title the packet's title, also the document title; never client-identifying
 * @param supervisor the supervisor's display name
 * @param supervisees the supervisees' display names, in the order to show them
 * @param from the first day of the period
 * @param to the last day of the period
 * @param meeting the meeting the packet is for, or {@code null} for a period packet
 * @param generatedAt when the packet was generated; also the file's dates, so a packet can be
 *     reproduced byte for byte
 * @param zone the zone times are shown in
 * @param confidentialityNotice the notice repeated in every page's header
 */
public record Cover(String title, String supervisor, List<String> supervisees, LocalDate from,
        LocalDate to, Meeting meeting, Instant generatedAt, ZoneId zone,
        String confidentialityNotice) {

    /** Checks that everything but the meeting is present and the period is in order. */
    public Cover {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(supervisor, "supervisor");
        supervisees = List.copyOf(supervisees);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(confidentialityNotice, "confidentialityNotice");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /**
     * The supervision meeting a packet is for.
     *
     * @param title the meeting's title
     * @param date the meeting's date
     */
    public record Meeting(String title, LocalDate date) {

        /** Checks that nothing is null. */
        public Meeting {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
        }
    }
}
