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
    void anotherKeyAnotherOrganisationOrAnotherClientGivesAnotherCode() {
        String code = new ClientCodes(secrets.hmacKey()).code("org-a", "client-1");

        assertThat(new ClientCodes(secrets.withOtherHmacKey().hmacKey()).code("org-a", "client-1")).isNotEqualTo(code);
        assertThat(new ClientCodes(secrets.hmacKey()).code("org-b", "client-1")).isNotEqualTo(code);
        assertThat(new ClientCodes(secrets.hmacKey()).code("org-a", "client-2")).isNotEqualTo(code);
        assertThat(new ClientCodes(secrets.hmacKey()).code("org-a\u0000client", "-1")).isNotEqualTo(code);
    }
}
