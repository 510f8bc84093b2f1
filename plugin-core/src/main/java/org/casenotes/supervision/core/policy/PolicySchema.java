package org.casenotes.supervision.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.FlagRule;
import org.casenotes.supervision.api.policy.CoSignScope;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.core.json.Json;
import org.casenotes.supervision.core.vocabulary.VocabularyService;

/**
 * The policy document's JSON Schema 2020-12, built from the same limits {@link PolicyDocument}
 * reads with, titled in one language from the vocabulary ({@code policy.*} keys), with
 * {@code x-ui} option labels for rule ids and withholdable fields. Thread-safe.
 */
final class PolicySchema {

    private PolicySchema() {
    }

    static String document(Locale locale) {
        Map<String, Object> root = object(locale, "policy", "pattern", "limits", "volume", "coSign", "packet",
                "sessionDates", "meetings", "licensure", "billing");
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        Map<String, Object> groups = properties(root);
        groups.put("pattern", group(locale, "pattern", "sessions", integer(locale, "pattern.sessions", 1,
                PolicyDocument.WINDOW_CAP), "window", integer(locale, "pattern.window", 1, PolicyDocument.WINDOW_CAP)));
        groups.put("limits", group(locale, "limits", "summaryMaxLength", integer(locale, "limits.summaryMaxLength", 1,
                PolicyDocument.SUMMARY_MAX_CAP), "maxEntries", integer(locale, "limits.maxEntries", 1,
                PolicyDocument.ENTRIES_CAP)));
        groups.put("volume", group(locale, "volume", "summaryLength", integer(locale, "volume.summaryLength", 1,
                PolicyDocument.SUMMARY_MAX_CAP), "entries", integer(locale, "volume.entries", 1,
                PolicyDocument.ENTRIES_CAP)));
        Map<String, Object> attestation = titled(locale, "coSign.attestationText");
        attestation.put("type", "string");
        attestation.put("minLength", 1);
        attestation.put("maxLength", PolicyDocument.ATTESTATION_MAX);
        List<String> rules = new ArrayList<>();
        Map<String, String> ruleLabels = new LinkedHashMap<>();
        for (FlagRule rule : FlagRule.values()) {
            rules.add(rule.id());
            ruleLabels.put(rule.id(), new VocabularyService().label(rule, locale));
        }
        Map<String, String> scopeLabels = new LinkedHashMap<>();
        for (CoSignScope scope : CoSignScope.values()) {
            scopeLabels.put(scope.name(), new VocabularyService().label(scope, locale));
        }
        Map<String, Object> scope = titled(locale, "coSign.scope");
        scope.put("type", "string");
        scope.put("enum", List.copyOf(scopeLabels.keySet()));
        scope.put("x-ui", Map.of("optionLabels", scopeLabels));
        Map<String, Object> coSign = group(locale, "coSign", "dueDays", integer(locale, "coSign.dueDays", 1,
                PolicyDocument.DUE_DAYS_CAP), "attestationText", attestation, "batchBlockingRules",
                choices(locale, "coSign.batchBlockingRules", rules, ruleLabels), "scope", scope, "samplePercent",
                integer(locale, "coSign.samplePercent", 1, 100));
        // A percentage belongs to a sample, and a sample needs one.
        coSign.put("if", Map.of("properties", Map.of("scope", Map.of("const", CoSignScope.SAMPLE.name())),
                "required", List.of("scope")));
        coSign.put("then", Map.of("required", List.of("samplePercent")));
        coSign.put("else", Map.of("not", Map.of("required", List.of("samplePercent"))));
        groups.put("coSign", coSign);
        Map<String, String> fieldLabels = new LinkedHashMap<>();
        Map<String, String> known = new VocabularyService().labels(locale).get("field");
        for (String field : OrganisationPolicy.WITHHOLDABLE_FIELDS) {
            fieldLabels.put(field, known.getOrDefault(field, field));
        }
        groups.put("packet", group(locale, "packet", "identifyingFields", choices(locale, "packet.identifyingFields",
                OrganisationPolicy.WITHHOLDABLE_FIELDS, fieldLabels)));
        Map<String, Object> earliest = titled(locale, "sessionDates.earliest");
        earliest.put("type", "string");
        earliest.put("format", "date");
        earliest.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        groups.put("sessionDates", group(locale, "sessionDates", "earliest", earliest));
        Map<String, Object> meetingAttestation = titled(locale, "meetings.attestationText");
        meetingAttestation.put("type", "string");
        meetingAttestation.put("minLength", 1);
        meetingAttestation.put("maxLength", PolicyDocument.ATTESTATION_MAX);
        groups.put("meetings", group(locale, "meetings", "attestationText", meetingAttestation));
        Map<String, Object> rulePack = titled(locale, "licensure.defaultRulePack");
        rulePack.put("type", "string");
        rulePack.put("maxLength", 64);
        rulePack.put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
        groups.put("licensure", group(locale, "licensure", "defaultRulePack", rulePack));
        Map<String, Object> coSignRequired = titled(locale, "billing.coSignRequired");
        coSignRequired.put("type", "boolean");
        Map<String, Object> payerGroups = titled(locale, "billing.payerGroups");
        payerGroups.put("type", "object");
        payerGroups.put("additionalProperties", Map.of("type", "boolean"));
        Map<String, Object> billing = group(locale, "billing", "coSignRequired", coSignRequired);
        // Payer groups are a map the form cannot list field by field: kept out of the form's order.
        properties(billing).put("payerGroups", payerGroups);
        groups.put("billing", billing);
        return Json.writePretty(root);
    }

    private static Map<String, Object> group(Locale locale, String name, Object... fields) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            names.add((String) fields[i]);
        }
        Map<String, Object> group = object(locale, name, names.toArray(String[]::new));
        Map<String, Object> properties = properties(group);
        for (int i = 0; i < fields.length; i += 2) {
            properties.put((String) fields[i], fields[i + 1]);
        }
        return group;
    }

    private static Map<String, Object> object(Locale locale, String key, String... order) {
        Map<String, Object> object = titled(locale, key);
        object.put("type", "object");
        object.put("additionalProperties", false);
        object.put("properties", new LinkedHashMap<String, Object>());
        object.put("x-ui", Map.of("order", List.of(order)));
        return object;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> object) {
        return (Map<String, Object>) object.get("properties");
    }

    private static Map<String, Object> integer(Locale locale, String key, int min, int max) {
        Map<String, Object> field = titled(locale, key);
        field.put("type", "integer");
        field.put("minimum", min);
        field.put("maximum", max);
        return field;
    }

    private static Map<String, Object> choices(Locale locale, String key, List<String> values,
            Map<String, String> labels) {
        Map<String, Object> field = titled(locale, key);
        field.put("type", "array");
        field.put("uniqueItems", true);
        field.put("items", Map.of("type", "string", "enum", values));
        field.put("x-ui", Map.of("optionLabels", labels));
        return field;
    }

    private static Map<String, Object> titled(Locale locale, String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", VocabularyService.render(locale, "policy." + key, List.of()));
        return out;
    }
}
