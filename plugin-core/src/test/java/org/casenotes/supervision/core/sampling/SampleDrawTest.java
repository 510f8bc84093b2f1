package org.casenotes.supervision.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-note draw: the share of 200 000 note ids that fall in an N% sample is within four
 * standard deviations of N% for every N tried, the draws spread evenly over 100 buckets
 * (chi-square), the same key and ids give the same draws in any run (known answers pinned here),
 * and another key or organisation gives another draw.
 */
class SampleDrawTest {

    private static final SecretKey KEY = new SecretKeySpec(
            "a fixed test key of thirty-two b".getBytes(StandardCharsets.US_ASCII), "HmacSHA256");
    private static final int IDS = 200_000;

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 10, 20, 33, 50, 75, 99, 100})
    void theSampledShareOfManyNotesIsWithinToleranceOfThePercentage(int percent) {
        SampleDraw draw = new SampleDraw(KEY);
        int sampled = 0;
        for (int i = 0; i < IDS; i++) {
            if (SampleDraw.inSample(draw.of("org-a", "note-" + i), percent)) {
                sampled++;
            }
        }
        double p = percent / 100.0;
        double sigma = Math.sqrt(p * (1 - p) / IDS);
        assertThat(Math.abs(sampled / (double) IDS - p)).as("share for %d%%", percent)
                .isLessThanOrEqualTo(4 * sigma + 1e-12);
    }

    @Test
    void drawsSpreadEvenlyOverTheRange() {
        SampleDraw draw = new SampleDraw(KEY);
        long[] buckets = new long[100];
        for (int i = 0; i < IDS; i++) {
            buckets[draw.of("org-a", "n" + i) / 100]++;
        }
        double expected = IDS / 100.0;
        double chiSquare = 0;
        for (long count : buckets) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 99 degrees of freedom: the 99.99th percentile is about 157.
        assertThat(chiSquare).isLessThan(157);
    }

    @Test
    void theSameNoteAlwaysDrawsTheSameNumberAndTheKnownAnswersHold() {
        SampleDraw first = new SampleDraw(KEY);
        SampleDraw second = new SampleDraw(new SecretKeySpec(KEY.getEncoded(), "HmacSHA256"));
        for (int i = 0; i < 1000; i++) {
            assertThat(second.of("org-a", "note-" + i)).isEqualTo(first.of("org-a", "note-" + i));
        }
        assertThat(new int[] {first.of("org-a", "note-1"), first.of("org-a", "note-2"), first.of("org-b", "note-1")})
                .containsExactly(KNOWN_NOTE_1, KNOWN_NOTE_2, KNOWN_ORG_B_NOTE_1);
    }

    @Test
    void anotherKeyOrOrganisationDrawsOtherNumbers() {
        SampleDraw ours = new SampleDraw(KEY);
        SampleDraw theirs = new SampleDraw(new SecretKeySpec(
                "another key, thirty-two bytes!!!".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        int sameKey = 0;
        int sameOrg = 0;
        for (int i = 0; i < 1000; i++) {
            String note = "note-" + i;
            sameKey += ours.of("org-a", note) == theirs.of("org-a", note) ? 1 : 0;
            sameOrg += ours.of("org-a", note) == ours.of("org-b", note) ? 1 : 0;
        }
        assertThat(sameKey).isLessThan(5);
        assertThat(sameOrg).isLessThan(5);
    }

    @Test
    void theSampleBoundaryIsStrict() {
        assertThat(SampleDraw.inSample(999, 10)).isTrue();
        assertThat(SampleDraw.inSample(1000, 10)).isFalse();
        assertThat(SampleDraw.inSample(0, 1)).isTrue();
        assertThat(SampleDraw.inSample(9999, 100)).isTrue();
    }

    // Computed apart from the plugin (Python's hmac module) from the documented construction.
    private static final int KNOWN_NOTE_1 = 8821;
    private static final int KNOWN_NOTE_2 = 8900;
    private static final int KNOWN_ORG_B_NOTE_1 = 1383;
}
