package io.blueprintstudio.synth;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class RolesConstructTest {

    @Test
    void generatesEachRoleWithItsTrustAndManagedPoliciesAndPublishesItsSsmParameters() throws Exception {
        Template t = SampleSynth.template("roles");
        t.resourceCountIs("AWS::IAM::Role", 2);
        t.hasResourceProperties("AWS::IAM::Role", Map.of(
                "RoleName", "bps-sample-dev-sales-roles-lambda-etl",
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Map.of(
                        "Action", "sts:AssumeRole", "Effect", "Allow",
                        "Principal", Map.of("Service", "lambda.amazonaws.com"))))),
                "ManagedPolicyArns", List.of(Map.of("Fn::Join", List.of("", List.of("arn:",
                        Map.of("Ref", "AWS::Partition"),
                        ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"))))));
        t.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "RoleName", "bps-sample-dev-sales-roles-stepfunction",
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "states.amazonaws.com")))))))));
        for (String path : List.of("/bps-sample/sales/roles/role/lambda-etl/arn",
                "/bps-sample/sales/roles/role/lambda-etl/id", "/bps-sample/sales/roles/role/lambda-etl/name",
                "/bps-sample/sales/generated-role/lambda-etl/arn", "/bps-sample/sales/generated-role/lambda-etl/id",
                "/bps-sample/sales/roles/role/stepfunction/arn")) {
            t.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of("Name", path)));
        }
    }

    @Test
    void appliesTheConfigsSuppressionWithItsReasonToTheRole() throws Exception {
        Template t = SampleSynth.template("roles");
        t.hasResource("AWS::IAM::Role", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("RoleName", "bps-sample-dev-sales-roles-lambda-etl")),
                "Metadata", Match.objectLike(Map.of("cdk_nag", Map.of("rules_to_suppress", List.of(Map.of(
                        "id", "AwsSolutions-IAM4",
                        "reason", "AWSLambdaBasicExecutionRole approved for usage"))))))));
    }
}
