package io.blueprintstudio.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.StepFunctionConfig;
import io.blueprintstudio.graph.SyntheticMachines;
import io.blueprintstudio.ui.FxTesting;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDetailsTest {
    /** The sample blueprint's state machine module and its first definition. */
    static BlueprintModule stepFunctionModule(Blueprint bp) {
        return bp.modules().stream().filter(m -> m.stepFunction().isPresent()).findFirst().orElseThrow();
    }

    static StepFunctionConfig.Definition definition(BlueprintModule m) {
        return m.stepFunction().orElseThrow().definitions().get(0);
    }

    @Test
    void aTaskShowsItsPathsAndItsResourceResolvedForTheModule() throws Exception {
        Blueprint bp = Blueprint.load(FxTesting.sampleBlueprint());
        BlueprintModule module = stepFunctionModule(bp);
        GraphModel g = GraphModel.of(AslReader.read(definition(module).rawStepFunctionDef().orElseThrow().node()));
        Resolver resolver = Resolver.forModule(bp, module, Resolver.Target.UNKNOWN, Map.of());

        StateDetails d = StateDetails.of(g.states().get("/States/Lambda CSV to Parquet"), resolver);

        assertEquals("Task", d.type());
        assertEquals("$", d.inputPath());
        assertNull(d.outputPath());
        assertEquals("$.status", d.resultPath());
        assertEquals("Passed or Failed?", d.next());
        assertEquals("{{resolve:ssm:/{{org}}/{{domain}}/lambda/lambda/lambda_csv_parquet/arn}}", d.resource());
        // org and domain resolve now; the SSM reference itself is CloudFormation's, at deploy time.
        assertEquals("{{resolve:ssm:/bps-sample/sales/lambda/lambda/lambda_csv_parquet/arn}}", d.resolvedResource());
        assertTrue(d.json().contains("\"ResultPath\" : \"$.status\""), d.json());
    }

    @Test
    void withoutAResolverTheResourceStaysAsWritten() throws Exception {
        GraphModel g = GraphModel.of(AslReader.read(SyntheticMachines.json(12)));
        StateDetails d = StateDetails.of(g.states().get("/States/S0"), null);
        assertEquals("arn:aws:lambda:eu-west-1:123456789012:function:step0", d.resource());
        assertNull(d.resolvedResource());
        assertEquals("(end)", StateDetails.of(g.states().get("/States/Done"), null).next());
    }

    @Test
    void nestedStatesAreIndexedByTheirPointers() throws Exception {
        GraphModel g = GraphModel.of(AslReader.read(SyntheticMachines.json(40)));
        assertTrue(g.states().containsKey("/States/S30/Branches/0/States/P30a1"), g.states().keySet().toString());
        assertEquals(40 + 6, g.states().size());
    }
}
