package org.casenotes.supervision.host.web.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.disclosure.SavedSection;
import org.casenotes.supervision.api.disclosure.SectionDraft;
import org.casenotes.supervision.api.error.ForbiddenException;
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

    /** A note's unfinished draft, or {@code null} when it has none or the actor may not read it. */
    static Map<String, Object> draftOf(Supervision supervision, Actor actor, String noteId) {
        try {
            return supervision.module().disclosures().draft(actor, noteId).map(SectionViews::draft).orElse(null);
        } catch (ForbiddenException e) {
            return null;
        }
    }

    static Map<String, Object> draft(SectionDraft draft) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", draft.version());
        try {
            out.put("document", JSON.readValue(draft.draftJson(), Map.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.put("complete", draft.complete());
        out.put("problems", draft.problems().stream().map(p -> Map.of("pointer", p.path(), "code", p.code(),
                "detail", p.message())).toList());
        out.put("savedAt", draft.savedAt());
        return out;
    }
}
