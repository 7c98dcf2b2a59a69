package io.blueprintstudio.graph;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.asl.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The graph of a state machine: a node per state (Parallel and Map as compound nodes holding their branches), start
 * and end markers, and an edge per transition. Node ids are the states' JSON pointers, so a diagnostic's pointer
 * finds its node.
 */
public record StateMachineGraph(List<Node> nodes, List<Edge> edges) {
    public static final String START = "start";
    public static final String END = "end";

    public StateMachineGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public enum NodeKind { START, END, STATE, PARALLEL, BRANCH, MAP }

    public enum EdgeKind { START, NEXT, CHOICE, DEFAULT, CATCH, END }

    /**
     * @param id        the state's JSON pointer, {@code start}/{@code end}, or a branch's pointer
     * @param label     the state's name, or "Branch 1", "Items"
     * @param stateType Task, Choice, ... or empty for markers and branches
     * @param children  the nodes inside a Parallel (its branches), a branch or a Map (their states)
     */
    public record Node(String id, String label, NodeKind kind, String stateType, List<Node> children) {
        public Node {
            children = List.copyOf(children);
        }
    }

    /** An edge between two nodes with the same parent; {@code label} is the Choice rule or the caught errors. */
    public record Edge(String id, String source, String target, EdgeKind kind, String label) {
    }

    /** All nodes, depth first. */
    public List<Node> allNodes() {
        List<Node> all = new ArrayList<>();
        collect(nodes, all);
        return all;
    }

    private static void collect(List<Node> nodes, List<Node> into) {
        for (Node n : nodes) {
            into.add(n);
            collect(n.children(), into);
        }
    }

    public static StateMachineGraph of(StateMachine machine) {
        List<Edge> edges = new ArrayList<>();
        List<Node> top = new ArrayList<>();
        top.add(new Node(START, "Start", NodeKind.START, "", List.of()));
        top.addAll(states(machine, edges));
        machine.startAt().map(Text::value).map(machine.states()::get)
                .ifPresent(s -> edges.add(edge(edges, START, s.position().pointer(), EdgeKind.START, "")));
        boolean anyEnd = false;
        for (State s : machine.states().values()) {
            if (s.isTerminal()) {
                anyEnd = true;
                edges.add(edge(edges, s.position().pointer(), END, EdgeKind.END, ""));
            }
        }
        if (anyEnd) {
            top.add(new Node(END, "End", NodeKind.END, "", List.of()));
        }
        return new StateMachineGraph(top, edges);
    }

    private static List<Node> states(StateMachine m, List<Edge> edges) {
        List<Node> nodes = new ArrayList<>();
        Map<String, State> states = m.states();
        for (State s : states.values()) {
            String id = s.position().pointer();
            String type = s.type().orElse("?");
            if (s instanceof State.Parallel p) {
                List<Node> branches = new ArrayList<>();
                for (int i = 0; i < p.branches().size(); i++) {
                    StateMachine b = p.branches().get(i);
                    branches.add(new Node(b.position().pointer(), "Branch " + (i + 1), NodeKind.BRANCH, "",
                            states(b, edges)));
                }
                nodes.add(new Node(id, s.name(), NodeKind.PARALLEL, type, branches));
            } else if (s instanceof State.Map map) {
                List<Node> inner = map.processor().map(b -> states(b, edges)).orElse(List.of());
                nodes.add(new Node(id, s.name(), NodeKind.MAP, type, inner));
            } else {
                nodes.add(new Node(id, s.name(), NodeKind.STATE, type, List.of()));
            }
            transitions(s, states, edges);
        }
        return nodes;
    }

    private static void transitions(State s, Map<String, State> scope, List<Edge> edges) {
        String from = s.position().pointer();
        s.common().next().ifPresent(t -> add(edges, from, t, scope, EdgeKind.NEXT, ""));
        if (s instanceof State.Choice c) {
            for (State.ChoiceRule r : c.choices()) {
                r.next().ifPresent(t -> add(edges, from, t, scope, EdgeKind.CHOICE, r.label()));
            }
            c.defaultState().ifPresent(t -> add(edges, from, t, scope, EdgeKind.DEFAULT, "Default"));
        }
        for (State.Catcher k : s.common().catchers()) {
            k.next().ifPresent(t -> add(edges, from, t, scope, EdgeKind.CATCH, "catch " + k.label()));
        }
    }

    /** Transitions to names that are not states of the scope are left out (the validator reports them). */
    private static void add(List<Edge> edges, String from, Text target, Map<String, State> scope, EdgeKind kind,
            String label) {
        State t = scope.get(target.value());
        if (t != null) {
            edges.add(edge(edges, from, t.position().pointer(), kind, label));
        }
    }

    private static Edge edge(List<Edge> edges, String from, String to, EdgeKind kind, String label) {
        return new Edge("e" + edges.size(), from, to, kind, label);
    }
}
