package io.blueprintstudio.ui.executions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blueprintstudio.aws.StateStatus;
import io.blueprintstudio.ui.graph.GraphPalette;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateColoursTest {
    @Test
    void aRunningExecutionColoursOnlyWhatItEntered() {
        assertEquals(Map.of("A", GraphPalette.SUCCEEDED, "B", GraphPalette.RUNNING), StateColours.styles(
                Map.of("A", StateStatus.SUCCEEDED, "B", StateStatus.RUNNING), false, List.of("A", "B", "C")));
    }

    @Test
    void anEndedExecutionDrawsTheStatesItNeverEnteredAsNotRun() {
        assertEquals(Map.of("A", GraphPalette.CAUGHT, "B", GraphPalette.FAILED, "C", GraphPalette.NOT_RUN),
                StateColours.styles(Map.of("A", StateStatus.CAUGHT, "B", StateStatus.FAILED), true,
                        List.of("A", "B", "C")));
    }
}
