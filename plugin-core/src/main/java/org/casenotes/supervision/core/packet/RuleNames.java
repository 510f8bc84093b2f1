package org.casenotes.supervision.core.packet;

import java.util.Locale;
import org.casenotes.supervision.api.disclosure.FlagRule;
import org.casenotes.supervision.core.vocabulary.VocabularyService;

/**
 * Flag rules by name instead of id, from the plugin's one vocabulary ({@link VocabularyService},
 * keys {@code rule.<id>}), in English or Spanish. Stateless and thread-safe.
 */
public final class RuleNames {

    private static final VocabularyService VOCABULARY = new VocabularyService();

    private RuleNames() {
    }

    /**
     * A rule's name, such as "Client's response" for {@code client-response}.
     *
     * @param ruleId the rule's id ({@link FlagRule#id()})
     * @param locale the language
     * @return the name; the id itself for a rule this version does not know (a flag stored by a
     *     later version)
     */
    public static String of(String ruleId, Locale locale) {
        for (FlagRule rule : FlagRule.values()) {
            if (rule.id().equals(ruleId)) {
                return VOCABULARY.label(rule, locale);
            }
        }
        return ruleId;
    }
}
