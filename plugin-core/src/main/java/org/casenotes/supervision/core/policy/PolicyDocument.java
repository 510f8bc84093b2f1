package org.casenotes.supervision.core.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casenotes.supervision.api.disclosure.FlagRule;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.BillingPolicy;
import org.casenotes.supervision.api.policy.CoSignScope;
import org.casenotes.supervision.api.policy.SamplingPolicy;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.core.json.Json;
import org.casenotes.supervision.core.json.ObjectReader;
import org.casenotes.supervision.core.json.Problems;
import org.casenotes.supervision.core.json.TextRule;

/**
 * The policy's JSON document: read with every problem reported, fields left out taking the
 * built-in defaults, written back complete in a fixed order. Thread-safe.
 *
 * <pre>{@code
 * {"pattern": {"sessions": 3, "window": 5},
 *  "limits": {"summaryMaxLength": 2000, "maxEntries": 20},
 *  "volume": {"summaryLength": 1500, "entries": 4},
 *  "coSign": {"dueDays": 7, "attestationText": "…", "batchBlockingRules": ["motive", …],
 *             "scope": "SAMPLE", "samplePercent": 10},
 *  "packet": {"identifyingFields": ["clientResponse.text", "culturalConsiderations"]},
 *  "sessionDates": {"earliest": "1900-01-01"},
 *  "meetings": {"attestationText": "…"},
 *  "licensure": {"defaultRulePack": "us-tx-lpc-associate"},
 *  "billing": {"coSignRequired": true, "payerGroups": {"commercial": false}}}
 * }</pre>
 */
public final class PolicyDocument {

    /** The hard cap of a summary's length; a policy may only lower it. */
    public static final int SUMMARY_MAX_CAP = 2000;
    /** The hard cap of the entries of a section; a policy may only lower it. */
    public static final int ENTRIES_CAP = 20;

    static final int WINDOW_CAP = 50;
    static final int DUE_DAYS_CAP = 365;
    static final int ATTESTATION_MAX = 2000;
    static final int PAYER_GROUPS_CAP = 50;
    static final String EARLIEST_FLOOR = "1800-01-01";

    static final String DEFAULT_ATTESTATION = "I have reviewed this progress note, including its"
            + " self-disclosure documentation and flags, with the clinician under my supervision,"
            + " and I co-sign it as their clinical supervisor.";

    /** The built-in defaults, as version 1. */
    public static final OrganisationPolicy DEFAULTS = new OrganisationPolicy(1, 3, 5, SUMMARY_MAX_CAP,
            ENTRIES_CAP, 1500, 4, new ReviewPolicy(1, 7, DEFAULT_ATTESTATION, allRuleIds()));

    private static final List<String> GROUPS = List.of("pattern", "limits", "volume", "coSign", "packet",
            "sessionDates", "meetings", "licensure", "billing");

    private PolicyDocument() {
    }

    /**
     * Reads a policy document.
     *
     * @param json the document; fields left out take the defaults
     * @param version the version to give the policy
     * @return the policy
     * @throws ValidationException with every problem
     */
    public static OrganisationPolicy read(String json, int version) {
        Object tree = Json.parse(json);
        Problems problems = new Problems();
        OrganisationPolicy d = DEFAULTS;
        ObjectReader root = ObjectReader.of(tree, "", problems).orElse(null);
        if (root == null) {
            problems.throwIfAny();
        }
        root.rejectUnknown(GROUPS);
        ObjectReader pattern = group(root, "pattern", List.of("sessions", "window"), problems);
        int window = or(pattern == null ? null : pattern.integer("window", 1, WINDOW_CAP), d.patternWindow());
        int sessions = or(pattern == null ? null : pattern.integer("sessions", 1, WINDOW_CAP), d.patternSessions());
        if (sessions > window && pattern != null && !problems.hasAt("/pattern")) {
            problems.add(pattern.present("sessions") ? "/pattern/sessions" : "/pattern/window", "out-of-range",
                    "sessions (" + sessions + ") must not exceed window (" + window + ")");
        }
        ObjectReader limits = group(root, "limits", List.of("summaryMaxLength", "maxEntries"), problems);
        int summaryMax = or(limits == null ? null : limits.integer("summaryMaxLength", 1, SUMMARY_MAX_CAP),
                d.summaryMaxLength());
        int maxEntries = or(limits == null ? null : limits.integer("maxEntries", 1, ENTRIES_CAP), d.maxEntries());
        ObjectReader volume = group(root, "volume", List.of("summaryLength", "entries"), problems);
        int volumeLength = or(volume == null ? null : volume.integer("summaryLength", 1, SUMMARY_MAX_CAP),
                d.volumeSummaryLength());
        int volumeEntries = or(volume == null ? null : volume.integer("entries", 1, ENTRIES_CAP), d.volumeEntries());
        ObjectReader coSign = group(root, "coSign", List.of("dueDays", "attestationText", "batchBlockingRules",
                "scope", "samplePercent"), problems);
        SamplingPolicy sampling = coSign == null ? d.sampling() : sampling(coSign, problems);
        int dueDays = or(coSign == null ? null : coSign.integer("dueDays", 1, DUE_DAYS_CAP),
                d.review().coSignDueDays());
        String attestation = coSign == null ? null
                : coSign.text("attestationText", new TextRule(false, ATTESTATION_MAX));
        if (attestation != null && TextRule.isBlank(attestation)) {
            problems.add("/coSign/attestationText", "blank", "must not be empty or only spaces");
        }
        Set<String> blocking = coSign == null ? null : blockingRules(coSign, problems);
        ObjectReader packet = group(root, "packet", List.of("identifyingFields"), problems);
        List<String> identifying = packet == null ? null : identifyingFields(packet, problems);
        ObjectReader dates = group(root, "sessionDates", List.of("earliest"), problems);
        LocalDate earliest = dates == null ? null : earliest(dates, problems);
        ObjectReader meetings = group(root, "meetings", List.of("attestationText"), problems);
        String meetingAttestation = meetings == null ? null
                : meetings.text("attestationText", new TextRule(false, ATTESTATION_MAX));
        if (meetingAttestation != null && TextRule.isBlank(meetingAttestation)) {
            problems.add("/meetings/attestationText", "blank", "must not be empty or only spaces");
        }
        ObjectReader licensure = group(root, "licensure", List.of("defaultRulePack"), problems);
        String defaultPack = licensure == null ? null : licensure.text("defaultRulePack", new TextRule(false, 64));
        if (defaultPack != null && !defaultPack.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add("/licensure/defaultRulePack", "invalid-id", "must be a rule pack id such as us-tx-lpc-associate");
        }
        BillingPolicy billing = billing(group(root, "billing", List.of("coSignRequired", "payerGroups"), problems),
                problems);
        problems.throwIfAny();
        return new OrganisationPolicy(version, sessions, window, summaryMax, maxEntries, volumeLength,
                volumeEntries, new ReviewPolicy(version, dueDays,
                        attestation == null ? d.review().attestationText() : attestation,
                        blocking == null ? d.batchBlockingRules() : blocking,
                        earliest == null ? d.review().earliestSessionDate() : earliest,
                        meetingAttestation == null ? d.review().meetingAttestationText() : meetingAttestation),
                identifying == null ? d.identifyingFields() : identifying, defaultPack, billing,
                sampling == null ? d.sampling() : sampling);
    }

    /** Which notes need a co-sign: a scope, and for SAMPLE a percentage from 1 to 100. */
    private static SamplingPolicy sampling(ObjectReader coSign, Problems problems) {
        String scopeText = coSign.text("scope", new TextRule(false, 32));
        Integer percent = coSign.integer("samplePercent", 1, 100);
        CoSignScope scope = CoSignScope.ALL_NOTES;
        if (scopeText != null) {
            try {
                scope = CoSignScope.valueOf(scopeText);
            } catch (IllegalArgumentException e) {
                problems.add("/coSign/scope", "unknown-value", "must be one of " + Arrays.toString(CoSignScope.values()));
                return null;
            }
        }
        if (scope == CoSignScope.SAMPLE && percent == null && !coSign.present("samplePercent")) {
            problems.add("/coSign/samplePercent", "required", "a sample needs its percentage, 1 to 100");
            return null;
        }
        if (scope != CoSignScope.SAMPLE && coSign.present("samplePercent")) {
            problems.add("/coSign/samplePercent", "not-sampling", "a percentage is given only when the scope is SAMPLE");
            return null;
        }
        if (scope == CoSignScope.SAMPLE && percent == null) {
            return null;
        }
        return new SamplingPolicy(scope, scope == CoSignScope.SAMPLE ? percent : 100);
    }

    /**
     * Writes a policy as its complete document.
     *
     * @param policy the policy
     * @return the document, the same text for the same policy
     */
    public static String write(OrganisationPolicy policy) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pattern", ordered("sessions", policy.patternSessions(), "window", policy.patternWindow()));
        root.put("limits", ordered("summaryMaxLength", policy.summaryMaxLength(), "maxEntries", policy.maxEntries()));
        root.put("volume", ordered("summaryLength", policy.volumeSummaryLength(), "entries", policy.volumeEntries()));
        Map<String, Object> coSign = ordered("dueDays", policy.review().coSignDueDays(),
                "attestationText", policy.review().attestationText());
        coSign.put("batchBlockingRules", Arrays.stream(FlagRule.values()).map(FlagRule::id)
                .filter(policy.batchBlockingRules()::contains).toList());
        coSign.put("scope", policy.sampling().scope().name());
        if (policy.sampling().scope() == CoSignScope.SAMPLE) {
            coSign.put("samplePercent", policy.sampling().percent());
        }
        root.put("coSign", coSign);
        root.put("packet", Map.of("identifyingFields", OrganisationPolicy.WITHHOLDABLE_FIELDS.stream()
                .filter(policy.identifyingFields()::contains).toList()));
        root.put("sessionDates", Map.of("earliest", policy.review().earliestSessionDate().toString()));
        root.put("meetings", Map.of("attestationText", policy.review().meetingAttestationText()));
        root.put("licensure", policy.defaultRulePack() == null ? Map.of()
                : Map.of("defaultRulePack", policy.defaultRulePack()));
        Map<String, Object> billing = new LinkedHashMap<>();
        billing.put("coSignRequired", policy.billing().coSignRequired());
        billing.put("payerGroups", new LinkedHashMap<>(policy.billing().payerGroups()));
        root.put("billing", billing);
        return Json.writePretty(root);
    }

    private static ObjectReader group(ObjectReader root, String name, List<String> fields, Problems problems) {
        if (!root.present(name)) {
            return null;
        }
        ObjectReader group = ObjectReader.of(root.raw(name), root.at(name), problems).orElse(null);
        if (group != null) {
            group.rejectUnknown(fields);
        }
        return group;
    }

    /** Co-sign before billing: a default and per payer group (ids like {@code medicare}, at most 50). */
    private static BillingPolicy billing(ObjectReader billing, Problems problems) {
        if (billing == null) {
            return BillingPolicy.DEFAULT;
        }
        Object required = billing.raw("coSignRequired");
        if (required != null && !(required instanceof Boolean)) {
            problems.add("/billing/coSignRequired", "wrong-type", "must be true or false");
        }
        Map<String, Boolean> groups = new LinkedHashMap<>();
        Object raw = billing.raw("payerGroups");
        if (raw != null && !(raw instanceof Map<?, ?>)) {
            problems.add("/billing/payerGroups", "wrong-type", "must map payer group ids to true or false");
        } else if (raw instanceof Map<?, ?> map) {
            if (map.size() > PAYER_GROUPS_CAP) {
                problems.add("/billing/payerGroups", "too-many", "at most " + PAYER_GROUPS_CAP + " payer groups");
            }
            map.forEach((key, value) -> {
                String path = "/billing/payerGroups/" + Problems.token(String.valueOf(key));
                if (!String.valueOf(key).matches("[a-z0-9]+(-[a-z0-9]+)*") || String.valueOf(key).length() > 40) {
                    problems.add(path, "invalid-id", "a payer group id is lower-case letters, digits and hyphens");
                } else if (!(value instanceof Boolean b)) {
                    problems.add(path, "wrong-type", "must be true or false");
                } else {
                    groups.put(String.valueOf(key), b);
                }
            });
        }
        return new BillingPolicy(required instanceof Boolean b ? b : BillingPolicy.DEFAULT.coSignRequired(), groups);
    }

    private static Set<String> blockingRules(ObjectReader coSign, Problems problems) {
        List<Object> values = coSign.array("batchBlockingRules");
        if (values == null) {
            return null;
        }
        Set<String> rules = new LinkedHashSet<>();
        String known = String.join(", ", allRuleIds());
        for (int i = 0; i < values.size(); i++) {
            String path = "/coSign/batchBlockingRules/" + i;
            if (!(values.get(i) instanceof String id)) {
                problems.add(path, "wrong-type", "must be a rule id; known rule ids are: " + known);
            } else if (FlagRule.byId(id).isEmpty()) {
                problems.add(path, "not-allowed", "is not a known rule id; known rule ids are: " + known);
            } else if (!rules.add(id)) {
                problems.add(path, "duplicate", "names a rule a second time");
            }
        }
        return rules;
    }

    private static List<String> identifyingFields(ObjectReader packet, Problems problems) {
        List<Object> values = packet.array("identifyingFields");
        if (values == null) {
            return null;
        }
        Set<String> fields = new LinkedHashSet<>();
        String known = String.join(", ", OrganisationPolicy.WITHHOLDABLE_FIELDS);
        for (int i = 0; i < values.size(); i++) {
            String path = "/packet/identifyingFields/" + i;
            if (!(values.get(i) instanceof String field)) {
                problems.add(path, "wrong-type", "must be a field name; known fields are: " + known);
            } else if (!OrganisationPolicy.WITHHOLDABLE_FIELDS.contains(field)) {
                problems.add(path, "not-allowed", "is not a free-text field of an entry; known fields are: " + known);
            } else if (!fields.add(field)) {
                problems.add(path, "duplicate", "names a field a second time");
            }
        }
        return List.copyOf(fields);
    }

    /** The earliest session date: an ISO day from {@value #EARLIEST_FLOOR} to 9999-12-31. */
    private static LocalDate earliest(ObjectReader dates, Problems problems) {
        String text = dates.text("earliest", new TextRule(false, 10));
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(LocalDate.parse(EARLIEST_FLOOR))) {
                problems.add("/sessionDates/earliest", "out-of-range", "must be " + EARLIEST_FLOOR + " or later");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add("/sessionDates/earliest", "invalid-date", "must be a day written YYYY-MM-DD");
            return null;
        }
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static Set<String> allRuleIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (FlagRule rule : FlagRule.values()) {
            ids.add(rule.id());
        }
        return ids;
    }
}
