package org.casenotes.supervision.core.fhir;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.hl7.fhir.r4.model.Reference;

/** Staff as Practitioner references, names looked up once per export. Thread-safe. */
final class StaffNames {

    private final SupervisionDirectory directory;
    private final String organisationId;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    StaffNames(SupervisionDirectory directory, String organisationId) {
        this.directory = directory;
        this.organisationId = organisationId;
    }

    Reference practitioner(String userId) {
        String name = names.computeIfAbsent(userId,
                id -> directory.person(organisationId, id).map(StaffNames::shown).orElse(id));
        return FhirNames.staff(userId, name);
    }

    private static String shown(Person person) {
        return person.credentials().isBlank() ? person.displayName()
                : person.displayName() + ", " + person.credentials();
    }
}
