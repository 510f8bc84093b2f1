package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fixed inputs, fixed expected digests: every stored co-sign attests to one of these hashes,
 * so a change to the framing must fail here first. Expected values computed apart from this
 * code (Python's hashlib over the documented framing).
 */
class ContentHashKnownAnswerTest {

    @Test
    void aSnapshotHashFramesTheNoteAndTheSectionWithTheirUtf8Lengths() {
        assertThat(ContentHash.of("Session note", "{\"a\":1}"))
                .isEqualTo("021f544c4b317b61ad4ed59787161937306894412b878ad4596aa2e39252c873");
    }

    @Test
    void aMissingSectionIsFramedApartAndLengthsCountBytesNotCharacters() {
        assertThat(ContentHash.of("café!", null))
                .isEqualTo("eea1092bd32bba8047fc6fd8cb32a7e9e2fb7d80e1bbaa9d32be123235404caa");
    }

    @Test
    void anAddendumHashHasItsOwnFormatLabel() {
        assertThat(ContentHash.ofAddendum("late"))
                .isEqualTo("285e89648dedc1014ce0a2d895c8f31750f908d2227797db67e1cddff7ad706d");
    }
}
