package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.StateMachine;

/**
 * A machine whose states may reference each other by name: the definition itself, a branch of a Parallel, or the
 * item processor of a Map.
 *
 * @param machine the machine
 * @param label   how messages name it: {@code "the state machine"}, {@code "branch 2 of \"Fan out\""}
 * @param nested  whether it is a branch or item processor rather than the definition itself
 */
public record Scope(StateMachine machine, String label, boolean nested) {
}
