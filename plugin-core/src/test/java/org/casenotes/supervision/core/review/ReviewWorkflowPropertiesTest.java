package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.review.WorkflowModel.Kind;
import org.casenotes.supervision.core.review.WorkflowModel.Role;

/**
 * Random chains of workflow actions by random people over three notes, checked step by step
 * against {@link WorkflowModel}: forbidden actors change nothing, allowed actions succeed,
 * every change leaves exactly one audit event in the real chained trail, refusals store
 * nothing, co-signed notes never change, versions never go down, and the chain verifies after
 * every step. A failure shrinks to a shortest chain that still breaks a rule.
 */
class ReviewWorkflowPropertiesTest {

    static final int CHAINS = 50;
    static final int MAX_ACTIONS = 30;

    private int chains;
    private int steps;
    private int changes;
    private final Map<Kind, Integer> successes = new EnumMap<>(Kind.class);

    @Property(tries = CHAINS, shrinking = ShrinkingMode.BOUNDED)
    void everyStepKeepsRightsHistoryAndTheAuditChainIntact(@ForAll("chains") ActionChain<WorkflowWorld> chain) {
        WorkflowWorld end = chain.withInvariant("co-signed notes, versions, audit chain", WorkflowWorld::checkInvariants)
                .run();
        chains++;
        steps += end.log.size();
        changes += end.changes;
        end.successes.forEach((kind, n) -> successes.merge(kind, n, Integer::sum));
    }

    @AfterProperty
    void report() {
        // The figures quoted in docs/RELIABILITY.md come from this line.
        System.err.printf("stateful workflow: %d chains, %d actions, %d state changes %s%n", chains, steps, changes,
                successes);
        assertThat(changes).as("the chains did change things").isGreaterThan(chains * 2);
        assertThat(successes).as("the chains reached co-sign and addenda")
                .containsKeys(Kind.CO_SIGN, Kind.BATCH_CO_SIGN, Kind.ADD_ADDENDUM, Kind.REQUEST_CHANGES);
    }

    @Provide
    Arbitrary<ActionChain<WorkflowWorld>> chains() {
        return ActionChain.startWith(WorkflowWorld::new)
                .withAction(new AnyStep())
                .withMaxTransformations(MAX_ACTIONS);
    }

    /**
     * Any step, biased towards actions that apply to the chosen note now and towards the people
     * who may do them, so that chains reach co-sign and addenda instead of bouncing off refusals.
     */
    private static final class AnyStep implements Action.Dependent<WorkflowWorld> {

        @Override
        public Arbitrary<Transformer<WorkflowWorld>> transformer(WorkflowWorld world) {
            return Arbitraries.integers().between(0, 2).flatMap(note -> {
                ReviewState state = world.review(world.notes.get(note)).state();
                List<Kind> applicable = Arrays.stream(Kind.values())
                        .filter(k -> WorkflowModel.appliesIn(k).contains(state)).toList();
                Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.of(Kind.class)), Tuple.of(4, Arbitraries.of(applicable)));
                Arbitrary<Boolean> stale = Arbitraries.frequency(Tuple.of(7, false), Tuple.of(1, true));
                return kinds.flatMap(kind -> Combinators.combine(roles(kind), stale)
                        .as((role, s) -> new WorkflowStep(kind, note, role, s)));
            }).map(step -> Transformer.mutate(step.toString(), step::applyTo));
        }

        private static Arbitrary<Role> roles(Kind kind) {
            List<Role> entitled = Arrays.stream(Role.values())
                    .filter(r -> WorkflowModel.permitted(kind, r.resolve("clin"), "clin")).toList();
            Arbitrary<Role> anyone = Arbitraries.of(Role.class);
            return entitled.isEmpty() ? anyone
                    : Arbitraries.frequencyOf(Tuple.of(1, anyone), Tuple.of(2, Arbitraries.of(entitled)));
        }
    }
}
