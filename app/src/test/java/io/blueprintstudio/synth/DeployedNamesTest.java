package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blueprintstudio.blueprint.Blueprint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeployedNamesTest {
    @Test
    void theSamplesMachineIsNamedAsSynthesisNamesIt() throws Exception {
        Blueprint bp = Blueprint.load(Path.of("..", "blueprints", "stepfunction_orchestrator"));
        assertEquals("bps-sample-dev-sales-stepfunction-sample-state-machine-1",
                DeployedNames.stateMachine(bp, bp.stateMachines().get(0)));
    }
}
