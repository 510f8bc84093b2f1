package org.casenotes.supervision.core.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.disclosure.DisclosureEntry;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.core.json.Json;
import org.casenotes.supervision.core.json.ObjectReader;
import org.casenotes.supervision.core.json.Problems;

/**
 * Reads a section document into a {@link DisclosureSection}, checking every rule and reporting
 * all problems at once. The server never trusts the form: this runs on every save.
 *
 * <p>Wire format: {@code {"noSelfDisclosure": true}} for the attestation, or
 * {@code {"noSelfDisclosure": false, "entries": [ ... ]}}. Thread-safe.
 */
final class SectionReader {

    static final String NO_SELF_DISCLOSURE = "noSelfDisclosure";
    static final String ENTRIES = "entries";

    private final Limits limits;

    SectionReader(Limits limits) {
        this.limits = limits;
    }

    /**
     * Parses and validates a document.
     *
     * @throws ValidationException with every problem; never any other exception for bad input
     */
    DisclosureSection read(String json) {
        return read(Json.parse(json));
    }

    DisclosureSection read(Object tree) {
        Problems problems = new Problems();
        DisclosureSection section = ObjectReader.of(tree, "", problems)
                .map(root -> section(root, problems))
                .orElse(null);
        problems.throwIfAny();
        return section;
    }

    private DisclosureSection section(ObjectReader root, Problems problems) {
        root.rejectUnknown(List.of(NO_SELF_DISCLOSURE, ENTRIES));
        Boolean attested = root.requiredBoolean(NO_SELF_DISCLOSURE);
        List<Object> entries = root.array(ENTRIES);
        if (root.has(ENTRIES) && root.raw(ENTRIES) == null) {
            problems.add(root.at(ENTRIES), "wrong-type", "must be a list");
        }
        if (attested == null) {
            return null;
        }
        if (attested) {
            if (entries != null && !entries.isEmpty()) {
                problems.add(root.at(ENTRIES), "must-be-empty",
                        "must be empty when the clinician attests there was no self-disclosure");
            }
            return new DisclosureSection.NoDisclosure();
        }
        if (entries == null) {
            if (!problems.hasAt(root.at(ENTRIES))) {
                problems.add(root.at(ENTRIES), "required",
                        "is required: add at least one entry, or attest there was no self-disclosure");
            }
            return null;
        }
        if (entries.isEmpty()) {
            problems.add(root.at(ENTRIES), "too-few",
                    "needs at least one entry, or attest there was no self-disclosure");
            return null;
        }
        if (entries.size() > limits.maxEntries()) {
            problems.add(root.at(ENTRIES), "too-many",
                    "has " + entries.size() + " entries; at most " + limits.maxEntries() + " are allowed");
        }
        EntryReader entryReader = new EntryReader(limits, problems);
        List<DisclosureEntry> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            read.add(entryReader.read(entries.get(i), root.at(ENTRIES) + "/" + i));
        }
        return problems.isEmpty() ? new DisclosureSection.Entries(read) : null;
    }
}
