package org.casenotes.supervision.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.casenotes.supervision.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    @Test
    void theEdgesOfTheRangeAndOldDaysAreReadExactly() {
        assertThat(CalendarDates.parse("/d", "0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(CalendarDates.parse("/d", "1000-01-01")).isEqualTo(LocalDate.of(1000, 1, 1));
        assertThat(CalendarDates.parse("/d", "1582-10-10")).isEqualTo(LocalDate.of(1582, 10, 10));
        assertThat(CalendarDates.parse("/d", "9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void daysOutsideTheRangeAreRefusedAsOutOfRange() {
        for (String text : new String[] {"0000-01-01", "+10000-01-01", "-0001-01-01", "+999999999-12-31", "-999999999-01-01"}) {
            assertThatThrownBy(() -> CalendarDates.parse("/d", text)).as(text)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).code())
                            .isEqualTo(CalendarDates.OUT_OF_RANGE));
        }
    }

    @Test
    void textsThatAreNoExactDayAreRefusedAsInvalid() {
        for (String text : new String[] {"2026-02-30", "2026-13-01", "1000-1-1", " 2026-01-05", "2026-01-05T10:00", "10000-01-01"}) {
            assertThatThrownBy(() -> CalendarDates.parse("/d", text)).as(text)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).code())
                            .isEqualTo(CalendarDates.INVALID));
        }
    }
}
