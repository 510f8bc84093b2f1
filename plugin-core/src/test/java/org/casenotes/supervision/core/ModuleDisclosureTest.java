package org.casenotes.supervision.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.disclosure.SavedSection;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.casenotes.supervision.example.ExampleAuditSecrets;
import org.casenotes.supervision.example.ExampleHost;
import org.junit.jupiter.api.Test;

/** A host reaches the disclosure and policy services through the module the provider creates. */
class ModuleDisclosureTest {

    private static final Actor CLINICIAN = Actor.of("clin-1", "org-a", Role.CLINICIAN);
    private static final Actor ADMIN = Actor.of("admin-1", "org-a", Role.ADMIN);

    @Test
    void aHostSavesASectionAndChangesThePolicyThroughTheModule() {
        SupervisionModuleFactory provider = new SupervisionModuleFactory();
        try (SupervisionModule module = provider.create(new ExampleHost(TestDatabases.h2(),
                Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC), new ExampleAuditSecrets())
                .policies(org -> Optional.of("{\"coSign\": {\"dueDays\": 10}}")))) {
            SavedSection saved = module.disclosures().save(CLINICIAN, new SaveSection("note-1", "client-1", "clin-1",
                    LocalDate.of(2026, 3, 2), 0, "{\"noSelfDisclosure\": true}"));

            assertThat(module.disclosures().load(CLINICIAN, "note-1")).isEqualTo(saved);
            assertThat(module.policies().current(ADMIN).review().coSignDueDays()).isEqualTo(10);
            assertThat(module.policies().update(ADMIN, "{}", 1).version()).isEqualTo(2);
            assertThat(module.disclosures().formSchema(CLINICIAN, Locale.ENGLISH))
                    .isEqualTo(provider.disclosureFormSchema(Locale.ENGLISH));
        }
    }
}
