package org.casenotes.supervision.host.web.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.disclosure.SavedSection;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.host.web.Supervision;

/** A note's self-disclosure section as the UI shows it, or {@code null} when none is saved. */
final class SectionViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SectionViews() {
    }

    static Map<String, Object> section(Supervision supervision, Actor actor, String noteId) {
        try {
            return view(supervision.module().disclosures().load(actor, noteId));
        } catch (NotFoundException e) {
            return null;
        }
    }

    static Map<String, Object> view(SavedSection saved) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", saved.version());
        try {
            out.put("document", JSON.readValue(saved.sectionJson(), Map.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.put("flags", saved.flags());
        out.put("policyVersion", saved.policyVersion());
        return out;
    }
}
