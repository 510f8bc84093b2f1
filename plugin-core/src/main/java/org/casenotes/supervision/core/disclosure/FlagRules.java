package org.casenotes.supervision.core.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

/**
 * Computes the flags of a section under a policy. Explanations name entries by number and
 * rules by meaning, never quote what the clinician wrote. Thread-safe.
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
            flags.add(new Flag(FlagRule.VOLUME.id(), Severity.INFO, entries.size()
                    + " disclosures were documented in this session (the policy flags " + policy.volumeEntries()
                    + " or more).", -1));
        }
        if (disclosingSessions >= policy.patternSessions()) {
            flags.add(new Flag(FlagRule.PATTERN.id(), Severity.WARNING, "The clinician disclosed to this client in "
                    + disclosingSessions + " of the client's last " + policy.patternWindow()
                    + " sessions (the policy flags " + policy.patternSessions() + " or more): look at the pattern.", -1));
        }
        return flags;
    }

    private static void entryFlags(DisclosureEntry entry, int index, OrganisationPolicy policy, List<Flag> flags) {
        String at = "Entry " + (index + 1) + ": ";
        if (entry.motiveCheck() == MotiveCheck.OWN_NEEDS) {
            flags.add(new Flag(FlagRule.MOTIVE.id(), Severity.REVIEW_REQUIRED, at
                    + "asked \"why am I telling?\", the clinician answered that it met their own needs.", index));
        } else if (entry.motiveCheck() == MotiveCheck.UNSURE) {
            flags.add(new Flag(FlagRule.MOTIVE.id(), Severity.WARNING, at
                    + "asked \"why am I telling?\", the clinician was unsure whose needs it served.", index));
        }
        String present = risksAt(entry, RiskLevel.YES);
        if (!present.isEmpty()) {
            flags.add(new Flag(FlagRule.RISK.id(), Severity.REVIEW_REQUIRED, at
                    + "the clinician judged these risks present: " + present + ".", index));
        }
        String possible = risksAt(entry, RiskLevel.POSSIBLE);
        if (!possible.isEmpty()) {
            flags.add(new Flag(FlagRule.RISK_POSSIBLE.id(), Severity.WARNING, at
                    + "the clinician judged these risks possible: " + possible + ".", index));
        }
        if (!entry.focusReturned()) {
            flags.add(new Flag(FlagRule.FOCUS_NOT_RETURNED.id(), Severity.WARNING, at
                    + "the session's focus did not return to the client afterwards.", index));
        }
        if (entry.clientResponse().rating() == ResponseRating.UNHELPFUL) {
            flags.add(new Flag(FlagRule.CLIENT_RESPONSE.id(), Severity.WARNING, at
                    + "the client's response was rated unhelpful.", index));
        } else if (entry.clientResponse().rating() == ResponseRating.UNCLEAR) {
            flags.add(new Flag(FlagRule.CLIENT_RESPONSE.id(), Severity.INFO, at
                    + "the client's response could not be judged.", index));
        }
        if (entry.mode() == DisclosureMode.ACCIDENTAL) {
            flags.add(new Flag(FlagRule.MODE.id(), Severity.WARNING, at
                    + "the disclosure was accidental, not chosen.", index));
        } else if (entry.mode() == DisclosureMode.CLIENT_INITIATED) {
            flags.add(new Flag(FlagRule.MODE.id(), Severity.INFO, at
                    + "the client brought the disclosure about.", index));
        }
        if (entry.discussInSupervision()) {
            flags.add(new Flag(FlagRule.DISCUSS.id(), Severity.INFO, at
                    + "the clinician asked to discuss this disclosure in supervision.", index));
        }
        int length = entry.summary().codePointCount(0, entry.summary().length());
        if (length >= policy.volumeSummaryLength()) {
            flags.add(new Flag(FlagRule.VOLUME.id(), Severity.INFO, at + "the summary is " + length
                    + " characters long (the policy flags " + policy.volumeSummaryLength() + " or more).", index));
        }
    }

    private static String risksAt(DisclosureEntry entry, RiskLevel level) {
        return Arrays.stream(Risk.values())
                .filter(risk -> entry.risk(risk).level() == level)
                .map(risk -> risk.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}
