package io.blueprintstudio.asl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A state machine, or one branch of a Parallel, or the item processor of a Map: a start state and the states by
 * name, in written order.
 *
 * @param startAt  the StartAt field, empty when it is missing or not a string
 * @param states   the states by name in written order; empty when States is missing or not an object
 * @param position where the machine's object starts
 * @param source   the object as written
 */
public record StateMachine(Optional<Text> startAt, Map<String, State> states, Position position, SourceValue.Obj source) {

    public StateMachine {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    /** The states of this machine, not those of its nested branches. */
    public Optional<State> state(String name) {
        return Optional.ofNullable(states.get(name));
    }
}
