package org.casenotes.supervision.core.disclosure;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casenotes.supervision.api.disclosure.ClientResponse;
import org.casenotes.supervision.api.disclosure.DisclosureEntry;
import org.casenotes.supervision.api.disclosure.DisclosureMode;
import org.casenotes.supervision.api.disclosure.DisclosureType;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.disclosure.Intimacy;
import org.casenotes.supervision.api.disclosure.Involvement;
import org.casenotes.supervision.api.disclosure.MotiveCheck;
import org.casenotes.supervision.api.disclosure.ResponseRating;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskAnswer;
import org.casenotes.supervision.api.disclosure.RiskLevel;
import org.casenotes.supervision.core.json.ObjectReader;
import org.casenotes.supervision.core.json.Problems;
import org.casenotes.supervision.core.json.TextRule;

/** Reads and checks one disclosure entry; see {@link EntryField} for its fields. Not thread-safe. */
final class EntryReader {

    static final String LEVEL = "level";
    static final String NOTE = "note";
    static final String TEXT = "text";
    static final String RATING = "rating";

    private static final List<String> FIELD_NAMES =
            Arrays.stream(EntryField.values()).map(EntryField::wireName).toList();

    private final Limits limits;
    private final Problems problems;

    EntryReader(Limits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** The entry, or {@code null} when it has a problem (recorded). */
    DisclosureEntry read(Object value, String path) {
        return ObjectReader.of(value, path, problems).map(this::entry).orElse(null);
    }

    private DisclosureEntry entry(ObjectReader in) {
        in.rejectUnknown(FIELD_NAMES);
        DisclosureType type = in.requiredEnum(EntryField.TYPE.wireName(), DisclosureType.class);
        Involvement involvement = in.requiredEnum(EntryField.INVOLVEMENT.wireName(), Involvement.class);
        Intimacy intimacy = in.requiredEnum(EntryField.INTIMACY.wireName(), Intimacy.class);
        Boolean verbal = in.requiredBoolean(EntryField.VERBAL.wireName());
        String summary = in.text(EntryField.SUMMARY.wireName(), TextRule.required(limits.summaryMaxLength()));
        DisclosureMode mode = in.requiredEnum(EntryField.MODE.wireName(), DisclosureMode.class);
        Boolean clientPrompted = in.requiredBoolean(EntryField.CLIENT_PROMPTED.wireName());
        Set<Intent> intents = intents(in, mode);
        String otherIntent = otherIntent(in, intents);
        String rationale = rationale(in, mode);
        MotiveCheck motive = in.requiredEnum(EntryField.MOTIVE_CHECK.wireName(), MotiveCheck.class);
        Map<Risk, RiskAnswer> risks = riskScreen(in);
        Boolean focusReturned = in.requiredBoolean(EntryField.FOCUS_RETURNED.wireName());
        ClientResponse response = clientResponse(in);
        String cultural = in.text(EntryField.CULTURAL_CONSIDERATIONS.wireName(),
                TextRule.optional(EntryField.CULTURAL_CONSIDERATIONS.maxLength()));
        Boolean discuss = in.requiredBoolean(EntryField.DISCUSS_IN_SUPERVISION.wireName());

        if (type == DisclosureType.IMMEDIACY && involvement == Involvement.SELF_REVEALING) {
            problems.add(in.at(EntryField.INVOLVEMENT.wireName()), "not-allowed-when",
                    "must be SELF_INVOLVING for an IMMEDIACY disclosure: immediacy is about the therapist in the session");
        }
        if (problems.hasAt(in.path())) {
            return null;
        }
        return new DisclosureEntry(type, mode, involvement, verbal, intimacy, clientPrompted, summary,
                intents, otherIntent, rationale, motive, risks, focusReturned, response, cultural, discuss);
    }

    private Set<Intent> intents(ObjectReader in, DisclosureMode mode) {
        String name = EntryField.INTENTS.wireName();
        if (!in.present(name)) {
            problems.add(in.at(name), "required", "is required (an empty list is allowed unless the mode is DELIBERATE)");
            return null;
        }
        List<Object> values = in.array(name);
        if (values == null) {
            return null;
        }
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            String path = in.at(name) + "/" + i;
            Intent intent = ObjectReader.enumValue(values.get(i), path, Intent.class, problems);
            if (intent == null) {
                ok = false;
            } else if (!intents.add(intent)) {
                problems.add(path, "duplicate", "names " + intent + " a second time");
                ok = false;
            }
        }
        if (ok && intents.isEmpty() && mode == DisclosureMode.DELIBERATE) {
            problems.add(in.at(name), "required-when", "needs at least one intent for a DELIBERATE disclosure");
        }
        return ok ? intents : null;
    }

    private String otherIntent(ObjectReader in, Set<Intent> intents) {
        String name = EntryField.OTHER_INTENT_TEXT.wireName();
        if (intents == null) {
            return in.text(name, TextRule.optional(EntryField.OTHER_INTENT_TEXT.maxLength()));
        }
        if (intents.contains(Intent.OTHER)) {
            if (!in.present(name)) {
                problems.add(in.at(name), "required-when", "is required when OTHER is among the intents: name the purpose");
                return null;
            }
            return in.text(name, TextRule.required(EntryField.OTHER_INTENT_TEXT.maxLength()));
        }
        if (in.present(name)) {
            problems.add(in.at(name), "not-allowed-when", "is only allowed when OTHER is among the intents");
        }
        return null;
    }

    private String rationale(ObjectReader in, DisclosureMode mode) {
        String name = EntryField.RATIONALE.wireName();
        if (mode == DisclosureMode.DELIBERATE && !in.present(name)) {
            problems.add(in.at(name), "required-when",
                    "is required for a DELIBERATE disclosure: why now, and how does it serve the treatment goals?");
            return null;
        }
        return in.text(name, new TextRule(mode == DisclosureMode.DELIBERATE, EntryField.RATIONALE.maxLength()));
    }

    private Map<Risk, RiskAnswer> riskScreen(ObjectReader in) {
        String name = EntryField.RISK_SCREEN.wireName();
        if (!in.present(name)) {
            problems.add(in.at(name), "required", "is required: answer all six risks");
            return null;
        }
        return ObjectReader.of(in.raw(name), in.at(name), problems).map(screen -> {
            screen.rejectUnknown(Arrays.stream(Risk.values()).map(Risk::name).toList());
            Map<Risk, RiskAnswer> answers = new EnumMap<>(Risk.class);
            for (Risk risk : Risk.values()) {
                if (!screen.present(risk.name())) {
                    problems.add(screen.at(risk.name()), "required", "is required: answer NO, POSSIBLE or YES");
                    continue;
                }
                ObjectReader.of(screen.raw(risk.name()), screen.at(risk.name()), problems).ifPresent(answer -> {
                    answer.rejectUnknown(List.of(LEVEL, NOTE));
                    RiskLevel level = answer.requiredEnum(LEVEL, RiskLevel.class);
                    String note = answer.text(NOTE, TextRule.optional(Limits.RISK_NOTE_MAX));
                    if (level != null) {
                        answers.put(risk, new RiskAnswer(level, note));
                    }
                });
            }
            return answers.size() == Risk.values().length ? answers : null;
        }).orElse(null);
    }

    private ClientResponse clientResponse(ObjectReader in) {
        String name = EntryField.CLIENT_RESPONSE.wireName();
        if (!in.present(name)) {
            problems.add(in.at(name), "required", "is required: rate how the client took it");
            return null;
        }
        return ObjectReader.of(in.raw(name), in.at(name), problems).map(response -> {
            response.rejectUnknown(List.of(TEXT, RATING));
            String text = response.text(TEXT, TextRule.optional(Limits.RESPONSE_TEXT_MAX));
            ResponseRating rating = response.requiredEnum(RATING, ResponseRating.class);
            return rating == null ? null : new ClientResponse(text, rating);
        }).orElse(null);
    }
}
