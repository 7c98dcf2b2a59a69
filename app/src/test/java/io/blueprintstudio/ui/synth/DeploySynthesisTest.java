package io.blueprintstudio.ui.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.StackEvent;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.ui.FxTesting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Deploy screen deploys without a chosen cdk.out: the open blueprint, synthesized. */
class DeploySynthesisTest {

    @Test
    void synthesizesTheOpenBlueprintAndReportsItsStepsAsDeploySteps() throws Exception {
        Blueprint bp = Blueprint.load(FxTesting.sampleBlueprint());
        List<String> steps = new ArrayList<>();
        DeployListener listener = new DeployListener() {
            @Override
            public void step(String message) {
                steps.add(message);
            }

            @Override
            public void event(StackEvent event) {
            }
        };
        CloudAssembly assembly = new DeploySynthesis(() -> bp).synthesize(listener, new CancelSignal());
        assertEquals(4, assembly.stacks().size());
        assertTrue(steps.contains("Synthesized 4 stacks"), steps.toString());
    }

    @Test
    void withoutAnOpenBlueprintSaysWhatToDo() {
        DeployException e = assertThrows(DeployException.class, () -> new DeploySynthesis(() -> null)
                .synthesize(DeployListener.NONE, new CancelSignal()));
        assertTrue(e.getMessage().startsWith("Open a blueprint first"), e.getMessage());
    }
}
