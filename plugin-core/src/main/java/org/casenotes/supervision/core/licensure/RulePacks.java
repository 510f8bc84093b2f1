package org.casenotes.supervision.core.licensure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.licensure.RulePackSummary;

/**
 * The rule packs a module knows: the plugin's built-in packs and those the host adds.
 *
 * <p>The host's packs are read and checked against the schema when the module is created, so a
 * bad one is refused there with its field path. The built-in packs are read on first use
 * (module start-up does not pay for them); they were checked against the schema at build time
 * ({@code RulePackSchemaTest}), so they are read without the schema, which would otherwise be
 * compiled at every start. Immutable once read; thread-safe (the first reader publishes the
 * packs through a volatile field; two first readers at once read the same resources).
 */
public final class RulePacks {

    /** The built-in packs, each a resource {@code packs/<id>.json} whose {@code id} is its name. */
    static final List<String> BUILT_IN = List.of("us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw",
            "us-fl-registered-intern", "us-ny-lcsw", "us-ny-lmhc", "us-tx-lpc-associate");

    private final List<RulePack> extra;
    private volatile Map<String, RulePack> packs;

    private RulePacks(List<RulePack> extra) {
        this.extra = extra;
    }

    /**
     * Reads and checks the host's packs; the built-in packs follow on first use.
     *
     * @param extra the host's pack documents
     * @return the packs
     * @throws ValidationException when a host's pack fails the schema or repeats an id (of a
     *     built-in pack or of another host pack), with paths
     *     {@code /extraRulePacks/<index><pointer in the pack>}
     */
    public static RulePacks load(List<String> extra) {
        Set<String> ids = new HashSet<>(BUILT_IN);
        List<RulePack> read = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < extra.size(); i++) {
            String at = "/extraRulePacks/" + i;
            try {
                RulePack pack = RulePackReader.read(extra.get(i));
                if (!ids.add(pack.id())) {
                    problems.add(new FieldProblem(at + "/id", "duplicate", "another rule pack has this id"));
                } else {
                    read.add(pack);
                }
            } catch (ValidationException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem(at + p.path(), p.code(), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new RulePacks(List.copyOf(read));
    }

    /**
     * Whether the built-in packs have been read yet (they are read on first use).
     *
     * @return true once a look-up or listing has read them
     */
    boolean builtInsRead() {
        return packs != null;
    }

    private Map<String, RulePack> packs() {
        Map<String, RulePack> known = packs;
        if (known == null) {
            Map<String, RulePack> all = new TreeMap<>();
            for (String id : BUILT_IN) {
                all.put(id, RulePackReader.readBuiltIn(resource("packs/" + id + ".json")));
            }
            extra.forEach(pack -> all.put(pack.id(), pack));
            known = Collections.unmodifiableMap(all);
            packs = known;
        }
        return known;
    }

    List<RulePackSummary> summaries() {
        return packs().values().stream().map(RulePack::summary).toList();
    }

    Optional<RulePack> byId(String id) {
        return Optional.ofNullable(id == null ? null : packs().get(id));
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
