package io.blueprintstudio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.blueprintstudio.blueprint.Blueprint;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample blueprint validates with no error and only the seed's known warnings and notes. */
class SampleBlueprintValidationTest {

    @Test
    void sampleHasOnlyTheSeedsKnownWarnings() throws Exception {
        List<Diagnostic> found = BlueprintValidator.validate(Blueprint.load(SampleBlueprints.sample()));
        List<String> expected = new ArrayList<>(List.of(
                // the seed's stepfunction role: AWSLambdaRole and AmazonSNSFullAccess only
                "WARNING ROLE-PERMISSION stepfunctions/roles.yaml:3:3 logs:CreateLogDelivery",
                "WARNING ROLE-PERMISSION stepfunctions/roles.yaml:3:3 xray:PutTraceSegments",
                // the seed's lambda-etl role: basic execution only ("provide it with access to your datalake")
                "WARNING ROLE-PERMISSION stepfunctions/roles.yaml:12:3 kms:Decrypt, kms:GenerateDataKey",
                "WARNING ROLE-PERMISSION stepfunctions/roles.yaml:12:3 s3:GetObject on arn:aws:s3:::bps-sample-raw/incoming/orders/*",
                "WARNING ROLE-PERMISSION stepfunctions/roles.yaml:12:3 s3:PutObject on arn:aws:s3:::bps-sample-lake/curated/orders/*",
                "NOTE ASL-RESOURCE-PLACEHOLDER stepfunctions/stepfunction.yaml:53:25 is a placeholder",
                // the seed's Choice has no Default
                "WARNING ASL-CHOICE-NO-DEFAULT stepfunctions/stepfunction.yaml:58:32 has no Default"));
        // (the seed suppressed "NIST.800.53.R5", a pack name; the sample names the rule it meant)
        if (!Files.exists(SampleBlueprints.sampleLambdaJar())) {
            expected.add(0, "WARNING LAMBDA-CODE-NOT-BUILT stepfunctions/lambda.yaml:17:13 not built yet");
        }
        assertFalse(BlueprintValidator.hasErrors(found), found.toString());
        assertEquals(expected.size(), found.size(), "found:\n" + found);
        for (int i = 0; i < expected.size(); i++) {
            Diagnostic d = found.get(i);
            String e = expected.get(i);
            String head = d.severity() + " " + d.code() + " " + d.file() + ":" + d.line() + ":" + d.column();
            assertEquals(e.substring(0, head.length()), head, "diagnostic " + i + " of\n" + found);
            String text = e.substring(head.length() + 1);
            assertEquals(true, d.message().contains(text), d + "\nshould contain: " + text);
        }
    }

    @Test
    void oneEnvironmentFilterKeepsItsModules() throws Exception {
        Blueprint bp = Blueprint.load(SampleBlueprints.sample());
        assertEquals(BlueprintValidator.validate(bp), BlueprintValidator.validate(bp, "dev"));
        List<Diagnostic> none = BlueprintValidator.validate(bp, "prod");
        assertEquals(List.of(), none, "no module of prod: nothing but mdaa.yaml checks, which pass");
    }
}
