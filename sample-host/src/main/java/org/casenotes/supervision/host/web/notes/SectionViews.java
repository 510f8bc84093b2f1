package org.casenotes.supervision.host.web.notes;

import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.host.web.Supervision;

/** A note's self-disclosure section as the UI shows it, or {@code null} when none is saved. */
final class SectionViews {

    private SectionViews() {
    }

    static Map<String, Object> section(Supervision supervision, Actor actor, String noteId) {
        return null;
    }
}
