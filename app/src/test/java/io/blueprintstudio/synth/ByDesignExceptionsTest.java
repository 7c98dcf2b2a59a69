package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The by-design exceptions are data: each names a real rule, gives a reason, and is applied in the sample. */
class ByDesignExceptionsTest {

    @Test
    void eachExceptionIsAppliedWithItsReasonToTheSamplesResources() throws Exception {
        assertFalse(NagChecks.BY_DESIGN.isEmpty());
        StringBuilder templates = new StringBuilder();
        for (SynthesizedStack s : SampleSynth.result().stacks()) {
            templates.append(Files.readString(s.template()));
        }
        for (NagChecks.ByDesign e : NagChecks.BY_DESIGN) {
            assertTrue(e.ruleId().matches("(AwsSolutions|NIST\\.800\\.53\\.R5)-[A-Za-z0-9]+"), e.toString());
            assertTrue(e.reason().length() >= 10, e.toString());
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(e.reason());
            assertTrue(templates.indexOf(json) >= 0, "not applied in the sample: " + e);
        }
    }
}
