package org.casenotes.supervision.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Thread CPU time per review cycle, the module against the same-steps baseline, one thread on
 * one database, in alternating rounds after a warm-up. A diagnostic beside {@link
 * ReviewThroughputBenchmark}, whose throughput rows are the results: CPU time per cycle moves
 * less than throughput on a shared machine, so it shows whether a change made the cycle cheaper
 * while other work runs. It does not show waiting (locks, commits' disk writes).
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar org.casenotes.supervision.benchmarks.CycleCpu
 * [H2|POSTGRES] [cycles per round]}; prints one line per round and the median ratio.
 */
public final class CycleCpu {

    private CycleCpu() {
    }

    /**
     * Runs the rounds and prints them.
     *
     * @param args the database ({@code H2} by default) and the cycles per round (400)
     * @throws Exception when the database cannot be reached or a cycle fails
     */
    public static void main(String[] args) throws Exception {
        ReviewThroughputBenchmark bench = new ReviewThroughputBenchmark();
        bench.database = args.length > 0 ? args[0] : "H2";
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        bench.start();
        try {
            ReviewThroughputBenchmark.Worker worker = new ReviewThroughputBenchmark.Worker();
            worker.pick(bench);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < cycles * 5; i++) { // warm-up: compile both paths
                bench.fullCycle(worker);
                bench.baselineSameSteps(worker);
            }
            int rounds = 7;
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < cycles; i++) {
                    bench.fullCycle(worker);
                }
                long module = threads.getCurrentThreadCpuTime() - start;
                start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < cycles; i++) {
                    bench.baselineSameSteps(worker);
                }
                long baseline = threads.getCurrentThreadCpuTime() - start;
                ratios[round] = (double) baseline / module;
                System.out.printf("round %d: module %.3f ms/cycle, same steps %.3f ms/cycle, baseline/module %.3f%n",
                        round + 1, module / 1e6 / cycles, baseline / 1e6 / cycles, ratios[round]);
            }
            java.util.Arrays.sort(ratios);
            System.out.printf("median baseline/module CPU ratio over %d rounds: %.3f%n", rounds, ratios[rounds / 2]);
        } finally {
            bench.stop();
        }
    }
}
