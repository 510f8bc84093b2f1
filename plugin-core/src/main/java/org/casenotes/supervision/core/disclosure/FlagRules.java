package org.casenotes.supervision.core.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.disclosure.DisclosureEntry;
import org.casenotes.supervision.api.disclosure.DisclosureMode;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.FlagRule;
import org.casenotes.supervision.api.disclosure.MotiveCheck;
import org.casenotes.supervision.api.disclosure.ResponseRating;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskLevel;
import org.casenotes.supervision.api.disclosure.Severity;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.core.vocabulary.VocabularyService;

/**
 * Computes the flags of a section under a policy. Explanations name entries by number and
 * rules by meaning, never quote what the clinician wrote; each is a message of the plugin's
 * vocabulary with its arguments, so any language can render it again. Thread-safe.
 */
final class FlagRules {

    private FlagRules() {
    }

    /**
     * The flags of a section, entry rules first (in entry order), then the section rules.
     *
     * @param section the section
     * @param policy the policy in force
     * @param disclosingSessions of the client's last {@code policy.patternWindow()} sessions,
     *     how many have disclosures, counting this one
     */
    static List<Flag> evaluate(DisclosureSection section, OrganisationPolicy policy, int disclosingSessions) {
        List<Flag> flags = new ArrayList<>();
        List<DisclosureEntry> entries = section.entries();
        for (int i = 0; i < entries.size(); i++) {
            entryFlags(entries.get(i), i, policy, flags);
        }
        if (entries.isEmpty()) {
            return flags;
        }
        if (entries.size() >= policy.volumeEntries()) {
            flags.add(flag(FlagRule.VOLUME, Severity.INFO, -1, "flag.volume.entries", entries.size(),
                    policy.volumeEntries()));
        }
        if (disclosingSessions >= policy.patternSessions()) {
            flags.add(flag(FlagRule.PATTERN, Severity.WARNING, -1, "flag.pattern", disclosingSessions,
                    policy.patternWindow(), policy.patternSessions()));
        }
        return flags;
    }

    private static void entryFlags(DisclosureEntry entry, int index, OrganisationPolicy policy, List<Flag> flags) {
        int number = index + 1;
        if (entry.motiveCheck() == MotiveCheck.OWN_NEEDS) {
            flags.add(flag(FlagRule.MOTIVE, Severity.REVIEW_REQUIRED, index, "flag.motive.own-needs", number));
        } else if (entry.motiveCheck() == MotiveCheck.UNSURE) {
            flags.add(flag(FlagRule.MOTIVE, Severity.WARNING, index, "flag.motive.unsure", number));
        }
        List<Risk> present = risksAt(entry, RiskLevel.YES);
        if (!present.isEmpty()) {
            flags.add(flag(FlagRule.RISK, Severity.REVIEW_REQUIRED, index, "flag.risk", number,
                    VocabularyService.enumArgument(present)));
        }
        List<Risk> possible = risksAt(entry, RiskLevel.POSSIBLE);
        if (!possible.isEmpty()) {
            flags.add(flag(FlagRule.RISK_POSSIBLE, Severity.WARNING, index, "flag.risk-possible", number,
                    VocabularyService.enumArgument(possible)));
        }
        if (!entry.focusReturned()) {
            flags.add(flag(FlagRule.FOCUS_NOT_RETURNED, Severity.WARNING, index, "flag.focus-not-returned", number));
        }
        if (entry.clientResponse().rating() == ResponseRating.UNHELPFUL) {
            flags.add(flag(FlagRule.CLIENT_RESPONSE, Severity.WARNING, index, "flag.client-response.unhelpful", number));
        } else if (entry.clientResponse().rating() == ResponseRating.UNCLEAR) {
            flags.add(flag(FlagRule.CLIENT_RESPONSE, Severity.INFO, index, "flag.client-response.unclear", number));
        }
        if (entry.mode() == DisclosureMode.ACCIDENTAL) {
            flags.add(flag(FlagRule.MODE, Severity.WARNING, index, "flag.mode.accidental", number));
        } else if (entry.mode() == DisclosureMode.CLIENT_INITIATED) {
            flags.add(flag(FlagRule.MODE, Severity.INFO, index, "flag.mode.client-initiated", number));
        }
        if (entry.discussInSupervision()) {
            flags.add(flag(FlagRule.DISCUSS, Severity.INFO, index, "flag.discuss", number));
        }
        int length = entry.summary().codePointCount(0, entry.summary().length());
        if (length >= policy.volumeSummaryLength()) {
            flags.add(flag(FlagRule.VOLUME, Severity.INFO, index, "flag.volume.summary", number, length,
                    policy.volumeSummaryLength()));
        }
    }

    /** A flag whose explanation is a vocabulary message, stored with its English rendering. */
    private static Flag flag(FlagRule rule, Severity severity, int index, String key, Object... arguments) {
        List<String> texts = Arrays.stream(arguments).map(String::valueOf).toList();
        return new Flag(rule.id(), severity, VocabularyService.render(Locale.ENGLISH, key, texts), index, key, texts);
    }

    private static List<Risk> risksAt(DisclosureEntry entry, RiskLevel level) {
        return Arrays.stream(Risk.values()).filter(risk -> entry.risk(risk).level() == level).toList();
    }
}
