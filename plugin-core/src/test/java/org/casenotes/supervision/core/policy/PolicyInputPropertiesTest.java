package org.casenotes.supervision.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.core.json.Json;

/** Whatever policy document an admin sends, it becomes a policy or a validation error, never a crash. */
class PolicyInputPropertiesTest {

    @Property(tries = 300)
    void anyPolicyDocumentIsAPolicyOrAValidationError(@ForAll("policies") Map<String, Object> document) {
        try {
            OrganisationPolicy policy = PolicyDocument.read(Json.write(document), 2);
            assertThat(PolicyDocument.read(PolicyDocument.write(policy), 2)).isEqualTo(policy);
        } catch (ValidationException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> policies() {
        Arbitrary<Object> numbers = Arbitraries.oneOf(Arbitraries.integers().between(-5, 400).map(n -> (Object) n),
                Arbitraries.of(new BigDecimal("2.5"), new BigDecimal("1e30"), new BigDecimal("-1e-30"))
                        .map(n -> (Object) n),
                Arbitraries.strings().all().ofMaxLength(5).map(s -> (Object) s)).injectNull(0.05);
        Arbitrary<Object> rules = Arbitraries.of("motive", "risk", "pattern", "volume", "discuss", "riskier", "")
                .list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Map<String, Object>> pattern = group(numbers, "sessions", "window", "n");
        Arbitrary<Map<String, Object>> limits = group(numbers, "summaryMaxLength", "maxEntries", "x");
        Arbitrary<Map<String, Object>> volume = group(numbers, "summaryLength", "entries", "y");
        Arbitrary<Map<String, Object>> coSign = Arbitraries.maps(Arbitraries.of("dueDays", "attestationText",
                "batchBlockingRules"), Arbitraries.oneOf(numbers, rules,
                        Arbitraries.strings().all().ofMaxLength(30).map(s -> (Object) s))).ofMaxSize(3);
        return Arbitraries.maps(Arbitraries.of("pattern", "limits", "volume", "coSign", "other"),
                Arbitraries.oneOf(pattern.map(m -> (Object) m), limits.map(m -> (Object) m),
                        volume.map(m -> (Object) m), coSign.map(m -> (Object) m), numbers))
                .ofMaxSize(5).map(LinkedHashMap::new);
    }

    private static Arbitrary<Map<String, Object>> group(Arbitrary<Object> values, String... keys) {
        return Arbitraries.maps(Arbitraries.of(keys), values).ofMaxSize(keys.length);
    }
}
