package org.casenotes.supervision.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.api.billing.Billing;
import org.casenotes.supervision.api.disclosure.Disclosures;
import org.casenotes.supervision.api.fhir.FhirExports;
import org.casenotes.supervision.api.licensure.Licensure;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.packet.Packets;
import org.casenotes.supervision.api.policy.Policies;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.api.signature.Signatures;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every service the module hands out is either recorded when refused
 * ({@link AccessRefusals#GUARDED}) or listed with the reason it cannot refuse a person's access:
 * a new operation without an entry fails here.
 */
class AccessRefusalsTest {

    /**
     * The services behind the module's gate: every service interface the module hands out, read
     * from {@link SupervisionModule} itself, so a new feature cannot be left out of this check.
     */
    static final List<Class<?>> GATED = java.util.Arrays.stream(SupervisionModule.class.getMethods())
            .filter(m -> m.getParameterCount() == 0 && m.getReturnType().isInterface()
                    && m.getReturnType().getPackageName().startsWith("org.casenotes.supervision.api"))
            .map(Method::getReturnType).distinct()
            .sorted(java.util.Comparator.comparing(Class::getName)).<Class<?>>map(c -> c).toList();

    @Test
    void theGatedServicesAreEveryServiceTheModuleHandsOut() {
        assertThat(GATED).contains(Reviews.class, Meetings.class, Packets.class, AuditLog.class, Disclosures.class,
                Policies.class, Vocabulary.class, FhirExports.class, Licensure.class, Signatures.class, Billing.class,
                org.casenotes.supervision.api.review.ReviewSampling.class);
    }

    @Test
    void everyOperationOfEveryGatedServiceIsListedOnce() {
        List<String> missing = new ArrayList<>();
        Set<String> operations = new HashSet<>();
        for (Class<?> type : GATED) {
            for (Method method : type.getMethods()) {
                String key = type.getSimpleName() + "." + method.getName();
                operations.add(key);
                boolean guarded = AccessRefusals.GUARDED.containsKey(key);
                boolean exempt = AccessRefusals.NOT_GUARDED.containsKey(key);
                if (guarded == exempt) {
                    missing.add(key + (guarded ? " (in both lists)" : ""));
                }
                if (guarded && method.getParameterCount() > 0 && method.getParameterTypes()[0] == Actor.class) {
                    assertThat(AccessRefusals.of(type, method)).as(key).isPresent();
                }
            }
        }
        assertThat(missing).as("operations in neither or both lists").isEmpty();
        Set<String> listed = new HashSet<>(AccessRefusals.GUARDED.keySet());
        listed.addAll(AccessRefusals.NOT_GUARDED.keySet());
        listed.removeAll(operations);
        assertThat(listed).as("listed operations that do not exist").isEmpty();
        assertThat(operations).hasSizeGreaterThan(60);
    }

    @Test
    void anOperationThatActsForAPersonTakesTheActorFirst() {
        for (Class<?> type : GATED) {
            for (Method method : type.getMethods()) {
                if (AccessRefusals.GUARDED.containsKey(type.getSimpleName() + "." + method.getName())
                        && method.getParameterCount() > 0 && method.getParameterTypes()[0] != Actor.class) {
                    // Only overloads without a person (formSchema(Locale)) may skip the actor.
                    assertThat(List.of(method.getParameterTypes())).as(method.toString()).doesNotContain(Actor.class);
                }
            }
        }
    }
}
