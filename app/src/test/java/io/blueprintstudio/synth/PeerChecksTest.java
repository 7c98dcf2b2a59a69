package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's synthesized output, checked by tools that are not ours: cfn-lint and asl-validator. */
class PeerChecksTest {

    @Test
    void everySampleTemplatePassesCfnLint() throws Exception {
        Path cfnLint = Peers.executable("BPS_PEERS_BIN", "cfn-lint");
        List<String> command = new ArrayList<>(List.of(cfnLint.toString(), "--format", "parseable"));
        SampleSynth.result().stacks().forEach(s -> command.add(s.template().toString()));
        Peers.Run run = Peers.run(command);
        // cfn-lint's exit is a bit set: 2 errors, 4 warnings, 8 informational notes; 1 is its own failure (a crash,
        // a template it cannot read), so only warnings and notes may be set
        assertTrue(Set.of(0, 4, 8, 12).contains(run.exit()), "cfn-lint exit " + run.exit() + ":\n" + run.output());
        assertEquals(4, command.size() - 3, "four templates checked");
    }

    @Test
    void theResolvedStateMachineDefinitionPassesAslValidator(@TempDir Path dir) throws Exception {
        Path validator = Peers.executable("BPS_ASL_VALIDATOR", null);
        SynthResult r = SampleSynth.result();
        String lambdaArn = "arn:aws:lambda:us-east-1:000000000000:function:" + r.stacks().get(2).functionNames().get(0);
        Map<String, String> values = Map.of("/bps-sample/sales/lambda/lambda/lambda_csv_parquet/arn", lambdaArn);
        for (SynthesizedStack.StateMachine m : r.stacks().get(3).stateMachines()) {
            Path file = dir.resolve(m.name() + ".asl.json");
            Files.writeString(file, SsmPlaceholders.concrete(m.definition(), values::get));
            Peers.Run run = Peers.run(List.of(validator.toString(), "--json-path", file.toString()));
            assertEquals(0, run.exit(), run.output() + "\n" + Files.readString(file));
        }
    }
}
