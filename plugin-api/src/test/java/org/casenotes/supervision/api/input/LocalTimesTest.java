package org.casenotes.supervision.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.casenotes.supervision.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aTimeInTheSpringForwardGapIsRefusedWithItsPointer() {
        assertThatThrownBy(() -> LocalTimes.parse("/startsAt", "2026-03-08T02:30", NEW_YORK))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems().get(0).path()).isEqualTo("/startsAt");
                    assertThat(e.problems().get(0).code()).isEqualTo(LocalTimes.IN_GAP);
                });
    }

    @Test
    void aTimeThatHappensTwiceWhenClocksGoBackIsTheEarlierOne() {
        assertThat(LocalTimes.parse("/startsAt", "2026-11-01T01:30", NEW_YORK)).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void ordinaryTimesAreReadInThePracticesZone() {
        assertThat(LocalTimes.parse("/startsAt", "2026-01-05T10:00", NEW_YORK)).isEqualTo(Instant.parse("2026-01-05T15:00:00Z"));
        assertThat(LocalTimes.parse("/startsAt", "2026-01-05T10:00:30", NEW_YORK)).isEqualTo(Instant.parse("2026-01-05T15:00:30Z"));
    }

    @Test
    void textsThatAreNoLocalTimeOrOutOfRangeAreRefused() {
        for (String text : new String[] {"2026-01-05T24:00", "2026-01-05T10:00+02:00", "2026-01-05", "0000-01-01T10:00",
                "+999999999-12-31T10:00", "soon"}) {
            assertThatThrownBy(() -> LocalTimes.parse("/startsAt", text, NEW_YORK)).as(text).isInstanceOf(ValidationException.class);
        }
    }
}
