package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * MDAA's names. The fitted names below were worked out from MDAA's rule (a name at least as long as the limit
 * becomes its prefix, {@code -} and Java's {@code String.hashCode} in signed hexadecimal, cut to the limit), not
 * with this code's formula.
 */
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
    void shortensANameWithANegativeHashToPrefixDashAndMinusHex() {
        assertEquals("a-very-long-organization-dev-shared-dataops-stepfuncti--16673acc", MdaaNames.fit(
                "a-very-long-organization-dev-shared-dataops-stepfunction-sample-state-machine-1", 64));
    }

    @Test
    void shortensANameWithAPositiveHashToPrefixDashAndHex() {
        assertEquals("bps-sample-dev-sales-lambda-a-function-name-long-enough-5a00d233", MdaaNames.fit(
                "bps-sample-dev-sales-lambda-a-function-name-long-enough-to-be-cut", 64));
    }

    @Test
    void shortensANameExactlyAtTheLimitAndKeepsOneBelowIt() {
        assertEquals("bps-sample-dev-sales-roles-role-name-of-exactly-64-cha--73e15a43", MdaaNames.fit(
                "bps-sample-dev-sales-roles-role-name-of-exactly-64-characters-xy", 64));
        String sixtyThree = "bps-sample-dev-sales-roles-role-name-of-exactly-63-characters-x";
        assertEquals(63, sixtyThree.length());
        assertEquals(sixtyThree, MdaaNames.fit(sixtyThree, 64));
    }

    @Test
    void namesAnEventRuleAfterItsMachineAndFitsItToSixtyFour() {
        MdaaNames sf = new MdaaNames("bps-sample", "dev", "sales", "stepfunction");
        assertEquals("bps-sample-dev-sales-stepfunction-sample-state-machine--7dcd8108",
                sf.rule("sample-state-machine-1", "testing-event-bridge-s3"));
    }
}
