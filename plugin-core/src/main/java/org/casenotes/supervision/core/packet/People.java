package org.casenotes.supervision.core.packet;

import java.util.HashMap;
import java.util.Map;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.SupervisionDirectory;

/** Staff display names from the host's directory, looked up once per export. Not thread-safe. */
final class People {

    private final SupervisionDirectory directory;
    private final String organisationId;
    private final Map<String, String> names = new HashMap<>();

    People(SupervisionDirectory directory, String organisationId) {
        this.directory = directory;
        this.organisationId = organisationId;
    }

    /** The person's name with credentials, such as "Dana Ortiz, LPC-A"; the id when unknown. */
    String name(String userId) {
        return names.computeIfAbsent(userId, id -> directory.person(organisationId, id).map(People::shown).orElse(id));
    }

    private static String shown(Person person) {
        return person.credentials().isBlank() ? person.displayName()
                : person.displayName() + ", " + person.credentials();
    }
}
