package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the chain compares MACs (a missing MAC never vouches for an event), and how it frames the
 * fields it signs.
 */
class ChainMacUnitTest {

    private static final String MAC = "ab".repeat(32);

    @Test
    void aMissingMacMatchesNothingNotEvenAnotherMissingOne() {
        assertThat(ChainMac.same(null, MAC)).isFalse();
        assertThat(ChainMac.same(MAC, null)).isFalse();
        assertThat(ChainMac.same(null, null)).isFalse();
    }

    @Test
    void macsMatchOnlyWhenEveryCharacterIsEqual() {
        assertThat(ChainMac.same(MAC, "ab".repeat(32))).isTrue();
        assertThat(ChainMac.same(MAC, "ab".repeat(31) + "ac")).isFalse();
        assertThat(ChainMac.same(MAC, MAC.substring(1))).isFalse();
    }

    @Test
    void everySignedFieldIsPrefixedWithItsByteLengthInFourBytesBigEndian() {
        String detail = "d".repeat(70_000);
        ChainRow row = new ChainRow(1, java.time.Instant.parse("2026-03-02T09:00:00Z"), "org-a", "user-1", null,
                "READ", "review", "note", "note-1", null, null, null, detail, ChainMac.GENESIS, null, null);

        byte[] canonical = ChainMac.canonical(row);

        byte[] framed = new byte[5 + detail.length()];
        framed[0] = 1;
        framed[1] = 0x00;
        framed[2] = 0x01;
        framed[3] = 0x11;
        framed[4] = 0x70;
        java.util.Arrays.fill(framed, 5, framed.length, (byte) 'd');
        assertThat(indexOf(canonical, framed)).as("70,000 = 0x00011170").isPositive();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
