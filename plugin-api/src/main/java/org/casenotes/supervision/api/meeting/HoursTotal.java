package org.casenotes.supervision.api.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The hours of one format and modality in an hours log.
 *
 * @param format individual, group or triadic
 * @param modality in person, video or phone
 * @param meetings how many meetings
 * @param minutes their minutes together
 */
public record HoursTotal(MeetingFormat format, Modality modality, int meetings, long minutes) {

    /** Checks that nothing is null. */
    public HoursTotal {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(modality, "modality");
    }

    /**
     * The minutes as hours, rounded half-up to two decimals.
     *
     * @return the hours, such as {@code 1.50}
     */
    public BigDecimal hours() {
        return hoursOf(minutes);
    }

    /**
     * Converts minutes to hours, rounded half-up to two decimals.
     *
     * @param minutes the minutes
     * @return the hours
     */
    public static BigDecimal hoursOf(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
