package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.Text;
import io.blueprintstudio.validate.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reachable state from which no path leads to an end (an endless loop). Step Functions accepts it (a polling
 * loop may be meant to run until the execution times out), so this is a warning.
 */
public final class NoPathToEndRule implements AslRule {
    @Override
    public String code() {
        return "ASL-NO-PATH-TO-END";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "every reachable state has a path to a Succeed, a Fail or an \"End\": true state";
    }

    @Override
    public void check(AslContext ctx) {
        for (Scope scope : ctx.scopes()) {
            Map<String, State> states = scope.machine().states();
            if (states.values().stream().noneMatch(State::isTerminal)) {
                continue; // NoTerminalStateRule reports the whole machine
            }
            Map<String, Set<String>> incoming = new HashMap<>();
            for (State s : states.values()) {
                for (Text t : Targets.of(s)) {
                    incoming.computeIfAbsent(t.value(), k -> new HashSet<>()).add(s.name());
                }
            }
            Set<String> canEnd = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            states.values().stream().filter(State::isTerminal).map(State::name).forEach(todo::add);
            while (!todo.isEmpty()) {
                String n = todo.pop();
                if (canEnd.add(n)) {
                    todo.addAll(incoming.getOrDefault(n, Set.of()));
                }
            }
            List<State> stuck = Targets.reachable(scope.machine()).values().stream()
                    .filter(s -> !canEnd.contains(s.name())).toList();
            for (State s : stuck) {
                ctx.report(this, s.position(), "no path from \"" + s.name() + "\" leads to an end of " + scope.label(),
                        "add a Choice rule or Catch that leads to a state with \"End\": true, a Succeed or a Fail");
            }
        }
    }
}
