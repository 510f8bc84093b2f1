package org.casenotes.supervision.core.disclosure;

import org.casenotes.supervision.api.disclosure.DisclosureSection;

/** Reads sections back from storage, where they were valid under the policy of their save. */
final class SectionReaders {

    /** Stored sections are read with the hard caps: a later, stricter policy does not void them. */
    private static final SectionReader STORED = new SectionReader(Limits.BUILT_IN);

    private SectionReaders() {
    }

    static DisclosureSection stored(String json) {
        return STORED.read(json);
    }
}
