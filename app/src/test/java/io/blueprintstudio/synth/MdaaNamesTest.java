package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MdaaNamesTest {
    private final MdaaNames names = new MdaaNames("bps-sample", "dev", "sales", "step_function");

    @Test
    void namesStacksOrgEnvDomainModuleWithDashes() {
        assertEquals("bps-sample-dev-sales-step-function", names.stackName());
    }

    @Test
    void lowerCasesResourceNamesAndPublishesSsmWithoutTheEnv() {
        assertEquals("bps-sample-dev-sales-step-function-lambda-etl", names.resource("Lambda-ETL", 64));
        assertEquals("/bps-sample/sales/step_function/lambda/fn/arn", names.ssm("lambda", "Fn", "arn"));
    }

    @Test
    void shortensANameAtTheLimitToPrefixDashAndSignedHexHash() {
        String longName = "a-very-long-organization-dev-shared-dataops-stepfunction-sample-state-machine-1";
        String fitted = MdaaNames.fit(longName, 64);
        assertEquals(64, fitted.length());
        int h = longName.hashCode();
        String hex = h < 0 ? "-" + Long.toHexString(-(long) h) : Integer.toHexString(h);
        assertTrue(fitted.endsWith("-" + hex), fitted);
        assertTrue(longName.startsWith(fitted.substring(0, 64 - hex.length() - 1)));
        assertEquals("short", MdaaNames.fit("short", 64));
    }
}
