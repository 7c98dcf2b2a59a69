package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.asl.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The transitions out of a state (Next, Choice rules, Default, Catch), and a "did you mean" for bad targets. */
final class Targets {
    private Targets() {
    }

    /** Every state name this state may go to, with where it is written. */
    static List<Text> of(State s) {
        List<Text> out = new ArrayList<>();
        s.common().next().ifPresent(out::add);
        if (s instanceof State.Choice c) {
            for (State.ChoiceRule r : c.choices()) {
                r.next().ifPresent(out::add);
            }
            c.defaultState().ifPresent(out::add);
        }
        for (State.Catcher k : s.common().catchers()) {
            k.next().ifPresent(out::add);
        }
        return out;
    }

    /** The states reachable from StartAt, in visiting order. */
    static Map<String, State> reachable(StateMachine m) {
        Map<String, State> seen = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>();
        m.startAt().map(Text::value).ifPresent(todo::add);
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            State s = m.states().get(name);
            if (s == null || seen.containsKey(name)) {
                continue;
            }
            seen.put(name, s);
            for (Text t : of(s)) {
                todo.add(t.value());
            }
        }
        return seen;
    }

    /** "did you mean ..." when a state name differs only in case or spacing, else a list of the names. */
    static String suggest(String wanted, StateMachine m) {
        String w = norm(wanted);
        Optional<String> close = m.states().keySet().stream().filter(n -> norm(n).equals(w)).findFirst();
        if (close.isPresent()) {
            return "did you mean \"" + close.get() + "\"? State names are case- and space-sensitive";
        }
        List<String> names = new ArrayList<>(m.states().keySet());
        if (names.size() > 8) {
            return "name one of the " + names.size() + " states of this machine";
        }
        return names.isEmpty() ? "" : "states here: " + String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
