package org.casenotes.supervision.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.TreeMap;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Fixed inputs, fixed expected bytes: the stored chains depend on these formats, so a change
 * to any of them must fail here first. The expected values were computed apart from this code
 * (Python's hmac and hashlib over the documented layout).
 */
class AuditFormatKnownAnswerTest {

    private static final SecretKeySpec KEY = new SecretKeySpec(
            HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"), "HmacSHA256");

    private static ChainRow row(Long legacySeq) {
        return new ChainRow(7, Instant.parse("2026-03-02T09:00:00.123456Z"), "org-a", "user-1", null, "READ",
                "review", "note", "note-1", null, "IN_REVIEW", null, null, ChainMac.GENESIS, null, legacySeq);
    }

    @Test
    void theMacInputOfAnOrganisationChainEventIsItsLengthPrefixedFieldsUnderFormatTwo() {
        assertThat(HexFormat.of().formatHex(ChainMac.canonical(row(null)))).isEqualTo(
                "010000001073722d61756469742d6576656e742d32010000001b323032362d30332d30325430393a30303a30302e3132"
                + "333435365a01000000056f72672d610100000006757365722d3100010000000452454144010000000672657669657701"
                + "000000046e6f746501000000066e6f74652d31000100000009494e5f5245564945570000010000004030303030303030"
                + "303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030"
                + "303030303030303030");
        assertThat(new ChainMac(KEY).of(row(null)))
                .isEqualTo("fa64df78593afdb317ba6a8477d690295e6ee4d030bcee89ced7c53ea8bdf761");
    }

    @Test
    void copiesOfOneKeyedInstanceGiveTheKnownMacOnEveryThreadAtOnce() throws Exception {
        ChainMac keyed = new ChainMac(KEY);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> macs = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Long legacy = i % 2 == 0 ? null : 12L;
                macs.add(pool.submit(() -> keyed.copy().orElseThrow().of(row(legacy))));
            }
            for (int i = 0; i < macs.size(); i++) {
                assertThat(macs.get(i).get()).isEqualTo(i % 2 == 0
                        ? "fa64df78593afdb317ba6a8477d690295e6ee4d030bcee89ced7c53ea8bdf761"
                        : "000f336e12e198a38081f74279e3dbb5a5b18df75c25e9b3755691ded4c40fba");
            }
        } finally {
            pool.shutdownNow();
        }
        // The copied-from instance is untouched and still gives the known MAC itself.
        assertThat(keyed.of(row(null))).isEqualTo("fa64df78593afdb317ba6a8477d690295e6ee4d030bcee89ced7c53ea8bdf761");
    }

    @Test
    void anEventOfTheGlobalChainBeforeVersionSevenKeepsFormatOne() {
        assertThat(new ChainMac(KEY).of(row(12L)))
                .isEqualTo("000f336e12e198a38081f74279e3dbb5a5b18df75c25e9b3755691ded4c40fba");
    }

    @Test
    void theKeyFingerprintIsAnHmacOverItsLabelAndTheDatabaseId() {
        assertThat(new ChainMac(KEY).keyCheck("db-1"))
                .isEqualTo("4acf141ae5595394b2b631d3eb03282d915e3152b8311f1a73935fcd814eabaa");
    }

    @Test
    void theAnchorRootIsAnRfc6962MerkleTreeOverTheHeadsInOrganisationOrder() {
        TreeMap<String, ChainHead> heads = new TreeMap<>();
        heads.put("org-b", new ChainHead("org-b", 1, "b".repeat(64)));
        heads.put("", new ChainHead("", 30, "c".repeat(64)));
        heads.put("org-a", new ChainHead("org-a", 3, "a".repeat(64)));

        assertThat(MerkleRoot.of(heads)).isEqualTo("ca0b56e55eaf8faf73a8327ba206cc38e604bd170011232d66062b4c3f1f4194");
        assertThat(MerkleRoot.of(new TreeMap<>()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
