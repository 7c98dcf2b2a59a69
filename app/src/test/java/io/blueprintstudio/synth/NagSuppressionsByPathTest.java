package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nag_suppressions.by_path}: a construct path in the module's stack, suppressed with its reason. */
class NagSuppressionsByPathTest {
    private static final String ROLE_SUPPRESSION = "    suppressions:\n      - id: \"AwsSolutions-IAM4\"\n"
            + "        reason: \"AWSLambdaBasicExecutionRole approved for usage\"\n";

    private static List<Diagnostic> errors(Path dir, String byPath) throws Exception {
        Path bp = SampleSynth.copy(dir, Map.of("stepfunctions/roles.yaml", s -> s.replace(ROLE_SUPPRESSION, "")
                + "nag_suppressions:\n  by_path:\n    - path: " + byPath + "\n      suppressions:\n"
                + "        - id: AwsSolutions-IAM4\n          reason: the basic execution role is approved here\n"));
        SynthResult r = BlueprintSynthesizer.synthesize(Blueprint.load(bp), SynthOptions.into(dir.resolve("out")),
                SynthProgress.NONE, () -> false);
        return r.findings().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    @Test
    void suppressesTheFindingAtTheGivenPath(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), errors(dir, "/bps-sample-dev-sales-roles/Roles/Role-lambda-etl/Resource"));
    }

    @Test
    void aPathMatchingNothingIsAnErrorAtThatPath(@TempDir Path dir) throws Exception {
        List<Diagnostic> errors = errors(dir, "/bps-sample-dev-sales-roles/Roles/Role-nobody");
        assertTrue(errors.stream().anyMatch(d -> d.code().equals("SYNTH-NAG-PATH")
                && d.file().equals("stepfunctions/roles.yaml") && d.line() > 0), errors.toString());
        assertTrue(errors.stream().anyMatch(d -> d.code().equals("AwsSolutions-IAM4")), errors.toString());
    }
}
