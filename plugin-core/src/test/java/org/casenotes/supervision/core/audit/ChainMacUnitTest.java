package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the chain compares MACs: a missing MAC never vouches for an event. */
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
}
