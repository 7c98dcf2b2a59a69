package io.blueprintstudio.graph;

import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.asl.Seed;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.validate.asl.AslValidator;
import java.util.Arrays;

/** Run by bench/graph-layout: warm medians of laying out the 300-state definition and validating the seed. */
public final class GraphLayoutBench {
    private GraphLayoutBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        StateMachine big = AslReader.read(SyntheticMachines.json(300));
        StateMachine seed = AslReader.read(Seed.json());
        for (int i = 0; i < 10; i++) {
            GraphLayouter.layout(StateMachineGraph.of(big));
        }
        long[] layout = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            GraphLayouter.layout(StateMachineGraph.of(big));
            layout[i] = System.nanoTime() - t;
        }
        for (int i = 0; i < 2000; i++) {
            AslValidator.validate(seed, "seed.json");
        }
        long[] validate = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            AslValidator.validate(seed, "seed.json");
            validate[i] = System.nanoTime() - t;
        }
        System.out.printf("layout 300 states (graph + ELK layered), warm median of %d: %.1f ms (target < 150 ms)%n",
                runs, median(layout) / 1e6);
        System.out.printf("validate seed ASL, warm median of %d: %.3f ms%n", runs, median(validate) / 1e6);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
