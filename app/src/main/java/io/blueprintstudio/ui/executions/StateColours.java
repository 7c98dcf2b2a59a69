package io.blueprintstudio.ui.executions;

import io.blueprintstudio.aws.StateStatus;
import io.blueprintstudio.ui.graph.GraphPalette;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Which graph style each state gets for what an execution did in it. */
final class StateColours {
    private StateColours() {
    }

    /**
     * @param states    what the execution did in each state it entered
     * @param ended     true once the execution is over: then the states it never entered are drawn as not run
     * @param allStates every state name of the drawn machine
     */
    static Map<String, String> styles(Map<String, StateStatus> states, boolean ended, Collection<String> allStates) {
        Map<String, String> styles = new HashMap<>();
        states.forEach((name, status) -> styles.put(name, switch (status) {
            case RUNNING -> GraphPalette.RUNNING;
            case SUCCEEDED -> GraphPalette.SUCCEEDED;
            case FAILED -> GraphPalette.FAILED;
            case CAUGHT -> GraphPalette.CAUGHT;
        }));
        if (ended) {
            allStates.forEach(s -> styles.putIfAbsent(s, GraphPalette.NOT_RUN));
        }
        return styles;
    }
}
