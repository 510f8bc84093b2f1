package org.casenotes.supervision.api.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * The self-disclosure section of one progress note: either the clinician's attestation that
 * nothing was disclosed in the session, or the disclosures that were made.
 */
public sealed interface DisclosureSection permits DisclosureSection.NoDisclosure,
        DisclosureSection.Entries {

    /**
     * The disclosures documented in the section.
     *
     * @return the entries; empty for the attestation
     */
    List<DisclosureEntry> entries();

    /**
     * Tells whether any entry asks for discussion in supervision.
     *
     * @return {@code true} when at least one entry does
     */
    default boolean discussInSupervision() {
        return entries().stream().anyMatch(DisclosureEntry::discussInSupervision);
    }

    /** The clinician attests that there was no self-disclosure in this session. */
    record NoDisclosure() implements DisclosureSection {

        @Override
        public List<DisclosureEntry> entries() {
            return List.of();
        }
    }

    /**
     * One or more disclosures made in the session.
     *
     * @param entries the disclosures, in the order they happened; at least one
     */
    record Entries(List<DisclosureEntry> entries) implements DisclosureSection {

        /**
         * Copies the entries.
         *
         * @throws IllegalArgumentException when there are none
         */
        public Entries {
            Objects.requireNonNull(entries, "entries");
            entries = List.copyOf(entries);
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("a section with disclosures needs at least one entry");
            }
        }
    }
}
