package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.junit.jupiter.api.Test;

class ClientCodesTest {

    private final TestAuditSecrets secrets = TestAuditSecrets.fresh();

    @Test
    void aClientsCodeIsStableUnderTheSameKey() {
        assertThat(new ClientCodes(secrets.hmacKey()).code("org-a", "client-1"))
                .isEqualTo(new ClientCodes(secrets.hmacKey()).code("org-a", "client-1"))
                .matches("C-[0-9A-HJKMNP-TV-Z]{7}");
    }

    @Test
    void theCodeFormatIsPinnedByAKnownAnswer() {
        // Computed apart from this code (Python's hmac): HMAC(HMAC(key, "client-code-v1"),
        // "org-a" NUL "client-1"), first 35 bits in Crockford base 32.
        javax.crypto.SecretKey key = new javax.crypto.spec.SecretKeySpec(java.util.HexFormat.of()
                .parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"), "HmacSHA256");

        assertThat(new ClientCodes(key).code("org-a", "client-1")).isEqualTo("C-NK9SDFX");
    }

    @Test
    void anotherKeyAnotherOrganisationOrAnotherClientGivesAnotherCode() {
        String code = new ClientCodes(secrets.hmacKey()).code("org-a", "client-1");

        assertThat(new ClientCodes(secrets.withOtherHmacKey().hmacKey()).code("org-a", "client-1")).isNotEqualTo(code);
        assertThat(new ClientCodes(secrets.hmacKey()).code("org-b", "client-1")).isNotEqualTo(code);
        assertThat(new ClientCodes(secrets.hmacKey()).code("org-a", "client-2")).isNotEqualTo(code);
        assertThat(new ClientCodes(secrets.hmacKey()).code("org-a\u0000client", "-1")).isNotEqualTo(code);
    }
}
