package org.casenotes.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void actorWithABlankOrganisationIsRefused() {
        assertThatThrownBy(() -> Actor.of("u1", " ", Role.CLINICIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisationId");
    }

    @Test
    void rolesAreCopiedSoTheCallerCannotChangeThemLater() {
        Set<Role> roles = new HashSet<>(Set.of(Role.CLINICIAN));
        Actor actor = new Actor("u1", "org-1", roles);
        roles.add(Role.ADMIN);
        assertThat(actor.has(Role.ADMIN)).isFalse();
    }

    @Test
    void apiVersionIsASemanticVersion() {
        assertThat(ApiVersion.current()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void initialsTakeTheFirstCodePointOfEachName() {
        ClientIdentity client = new ClientIdentity("o", "c", "Ωmega", "Щукин", null);
        assertThat(client.initials()).isEqualTo("Ω. Щ.");
    }
}
