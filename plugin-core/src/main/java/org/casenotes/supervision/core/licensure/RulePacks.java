package org.casenotes.supervision.core.licensure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.licensure.RulePackSummary;

/**
 * The rule packs a module knows: the plugin's built-in packs and those the host adds. Built
 * once when the module is created; immutable and thread-safe after.
 */
public final class RulePacks {

    /** The built-in packs, each a resource {@code packs/<id>.json}. */
    static final List<String> BUILT_IN = List.of("us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw",
            "us-fl-registered-intern", "us-ny-lcsw", "us-ny-lmhc", "us-tx-lpc-associate");

    private final Map<String, RulePack> packs;

    private RulePacks(Map<String, RulePack> packs) {
        this.packs = packs;
    }

    /**
     * Reads the built-in packs and the host's.
     *
     * @param extra the host's pack documents
     * @return the packs
     * @throws ValidationException when a host's pack fails the schema or repeats an id, with
     *     paths {@code /extraRulePacks/<index><pointer in the pack>}
     */
    public static RulePacks load(List<String> extra) {
        Map<String, RulePack> packs = new TreeMap<>();
        for (String id : BUILT_IN) {
            packs.put(id, RulePackReader.read(resource("packs/" + id + ".json")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < extra.size(); i++) {
            String at = "/extraRulePacks/" + i;
            try {
                RulePack pack = RulePackReader.read(extra.get(i));
                if (packs.putIfAbsent(pack.id(), pack) != null) {
                    problems.add(new FieldProblem(at + "/id", "duplicate", "another rule pack has this id"));
                }
            } catch (ValidationException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem(at + p.path(), p.code(), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new RulePacks(packs);
    }

    List<RulePackSummary> summaries() {
        return packs.values().stream().map(RulePack::summary).toList();
    }

    Optional<RulePack> byId(String id) {
        return Optional.ofNullable(id == null ? null : packs.get(id));
    }

    static String resource(String name) {
        try (InputStream in = RulePacks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("a built-in rule pack is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
