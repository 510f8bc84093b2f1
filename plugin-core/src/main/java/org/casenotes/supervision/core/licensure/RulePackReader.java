package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casenotes.supervision.api.licensure.CheckPeriod;
import org.casenotes.supervision.api.licensure.Citation;
import org.casenotes.supervision.api.licensure.RulePackSummary;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.json.Json;
import org.casenotes.supervision.core.json.Problems;

/**
 * Reads a rule pack document: well-formed JSON (no repeated keys), then the schema, then what
 * a schema cannot say (real calendar days in order, class headcounts that neither overlap nor
 * run backwards, rules that name classes of the pack, unique ids, export columns that name
 * known figures). Every problem is reported at once with its field path. Thread-safe.
 */
final class RulePackReader {

    private RulePackReader() {
    }

    /**
     * Reads a pack.
     *
     * @param json the document
     * @return the pack
     * @throws org.casenotes.supervision.api.error.ValidationException with every problem
     */
    static RulePack read(String json) {
        return read(json, true);
    }

    /**
     * Reads one of the plugin's own packs without the schema: each was checked against it at
     * build time ({@code RulePackSchemaTest}), and compiling the schema would cost every start.
     * The checks a schema cannot make still run.
     *
     * @param json the document of a built-in pack
     * @return the pack
     * @throws org.casenotes.supervision.api.error.ValidationException with every problem
     */
    static RulePack readBuiltIn(String json) {
        return read(json, false);
    }

    private static RulePack read(String json, boolean schema) {
        Object tree = Json.parse(json);
        Problems problems = new Problems();
        if (schema) {
            RulePackSchema.check(json, problems);
            problems.throwIfAny();
        }
        Map<?, ?> root = (Map<?, ?>) tree;
        LocalDate from = day(root.get("effectiveFrom"), "/effectiveFrom", problems);
        LocalDate to = root.containsKey("effectiveTo") ? day(root.get("effectiveTo"), "/effectiveTo", problems) : null;
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("/effectiveTo", "out-of-range", "must not be before effectiveFrom");
        }
        List<SupervisionClass> classes = classes((List<?>) root.get("classes"), problems);
        Set<String> classIds = new HashSet<>();
        classes.forEach(c -> classIds.add(c.id()));
        List<PackRule> rules = rules((List<?>) root.get("rules"), classIds, problems);
        List<RulePack.ExportColumn> columns = columns((List<?>) ((Map<?, ?>) root.get("export")).get("columns"),
                classIds, problems);
        problems.throwIfAny();
        RulePackSummary summary = new RulePackSummary((String) root.get("id"), integer(root.get("version")),
                (String) root.get("board"), (String) root.get("jurisdiction"), (String) root.get("licence"),
                CheckPeriod.valueOf((String) root.get("period")), from, to);
        return new RulePack(summary, DayOfWeek.valueOf((String) root.get("weekStarts")), classes, rules, columns, json);
    }

    private static List<SupervisionClass> classes(List<?> items, Problems problems) {
        List<SupervisionClass> classes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> item = (Map<?, ?>) items.get(i);
            SupervisionClass c = new SupervisionClass((String) item.get("id"), integer(item.get("minSupervisees")),
                    integer(item.get("maxSupervisees")), integer(item.get("minutesPerUnit")));
            String at = "/classes/" + i;
            if (!ids.add(c.id())) {
                problems.add(at + "/id", "duplicate", "names a class a second time");
            }
            if (c.maxSupervisees() < c.minSupervisees()) {
                problems.add(at + "/maxSupervisees", "out-of-range", "must not be below minSupervisees");
            }
            for (SupervisionClass earlier : classes) {
                if (c.minSupervisees() <= earlier.maxSupervisees() && earlier.minSupervisees() <= c.maxSupervisees()) {
                    problems.add(at + "/minSupervisees", "overlap", "overlaps the headcounts of class " + earlier.id());
                }
            }
            classes.add(c);
        }
        return classes;
    }

    private static List<PackRule> rules(List<?> items, Set<String> classIds, Problems problems) {
        List<PackRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> item = (Map<?, ?>) items.get(i);
            String at = "/rules/" + i;
            if (!ids.add((String) item.get("id"))) {
                problems.add(at + "/id", "duplicate", "names a rule a second time");
            }
            Set<String> classes = new LinkedHashSet<>(strings(item.get("classes")));
            List<String> named = List.copyOf(classes);
            for (int c = 0; c < named.size(); c++) {
                if (!classIds.contains(named.get(c))) {
                    problems.add(at + "/classes/" + c, "unknown-class", "is not a class of this pack");
                }
            }
            Set<Modality> modalities = new LinkedHashSet<>();
            strings(item.get("modalities")).forEach(m -> modalities.add(Modality.valueOf(m)));
            Map<?, ?> citation = (Map<?, ?>) item.get("citation");
            rules.add(new PackRule((String) item.get("id"), RuleKind.byId((String) item.get("kind")),
                    new Citation((String) citation.get("source"), (String) citation.get("url"),
                            (Boolean) citation.get("verified")),
                    classes, modalities, optionalInteger(item.get("minutes")), (BigDecimal) item.get("units"),
                    (BigDecimal) item.get("hours"), (BigDecimal) item.get("aboveHours"),
                    (BigDecimal) item.get("perDirectHours"), optionalInteger(item.get("percent")),
                    optionalInteger(item.get("years"))));
        }
        return rules;
    }

    private static List<RulePack.ExportColumn> columns(List<?> items, Set<String> classIds, Problems problems) {
        Set<String> known = new HashSet<>(Figures.NAMES);
        known.addAll(List.of("first", "last", "month", "allMet"));
        classIds.forEach(c -> known.addAll(List.of(c + "Hours", c + "Share")));
        List<RulePack.ExportColumn> columns = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> item = (Map<?, ?>) items.get(i);
            String value = (String) item.get("value");
            if (!known.contains(value)) {
                problems.add("/export/columns/" + i + "/value", "unknown-figure", "is not a figure of this pack");
            }
            columns.add(new RulePack.ExportColumn((String) item.get("header"), value));
        }
        return columns;
    }

    private static LocalDate day(Object value, String at, Problems problems) {
        try {
            return LocalDate.parse((String) value);
        } catch (DateTimeException e) {
            problems.add(at, "invalid-date", "must be a real day written YYYY-MM-DD");
            return null;
        }
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add((String) v));
        }
        return out;
    }

    private static int integer(Object value) {
        return ((BigDecimal) value).intValueExact();
    }

    private static Integer optionalInteger(Object value) {
        return value == null ? null : integer(value);
    }
}
