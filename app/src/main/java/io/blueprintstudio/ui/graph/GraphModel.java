package io.blueprintstudio.ui.graph;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.graph.GraphLayout;
import io.blueprintstudio.graph.GraphLayouter;
import io.blueprintstudio.graph.StateMachineGraph;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A state machine ready to draw: the parsed machine, its layout, and its states (nested ones included) by graph
 * node id, which is the state's JSON pointer.
 */
public record GraphModel(StateMachine machine, GraphLayout layout, Map<String, State> states, long layoutMillis) {
    public GraphModel {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    /** Builds the graph and lays it out with ELK; slow for big machines, so called off the FX thread. */
    public static GraphModel of(StateMachine machine) {
        long started = System.nanoTime();
        GraphLayout layout = GraphLayouter.layout(StateMachineGraph.of(machine));
        Map<String, State> states = new LinkedHashMap<>();
        collect(machine, states);
        return new GraphModel(machine, layout, states, (System.nanoTime() - started) / 1_000_000);
    }

    private static void collect(StateMachine m, Map<String, State> into) {
        for (State s : m.states().values()) {
            into.put(s.position().pointer(), s);
            if (s instanceof State.Parallel p) {
                p.branches().forEach(b -> collect(b, into));
            } else if (s instanceof State.Map map) {
                map.processor().ifPresent(b -> collect(b, into));
            }
        }
    }
}
