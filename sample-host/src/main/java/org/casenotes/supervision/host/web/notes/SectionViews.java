package org.casenotes.supervision.host.web.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.disclosure.Flag;
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

    static Map<String, Object> section(Supervision supervision, Actor actor, String noteId, Locale locale) {
        try {
            return view(supervision.module().disclosures().load(actor, noteId), supervision.module().vocabulary(), locale);
        } catch (NotFoundException e) {
            return null;
        }
    }

    static Map<String, Object> view(SavedSection saved, Vocabulary vocabulary, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", saved.version());
        try {
            out.put("document", JSON.readValue(saved.sectionJson(), Map.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.put("flags", flags(saved.flags(), vocabulary, locale));
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

    /** Flags with their rule and severity labels and the explanation in the reader's language. */
    static List<Map<String, Object>> flags(List<Flag> flags, Vocabulary vocabulary, Locale locale) {
        Map<String, String> rules = vocabulary.labels(locale).get("FlagRule");
        return flags.stream().map(flag -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("ruleId", flag.ruleId());
            out.put("ruleLabel", rules.getOrDefault(flag.ruleId(), flag.ruleId()));
            out.put("severity", flag.severity().name());
            out.put("severityLabel", vocabulary.label(flag.severity(), locale));
            out.put("explanation", vocabulary.explain(flag, locale));
            out.put("entryIndex", flag.entryIndex());
            return out;
        }).toList();
    }
}
