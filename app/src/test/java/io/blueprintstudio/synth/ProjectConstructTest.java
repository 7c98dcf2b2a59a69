package io.blueprintstudio.synth;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ProjectConstructTest {

    @Test
    void makesARotatedKeyUsableByTheExecutionRolesAndAdministeredByTheDataAdmins() throws Exception {
        Template t = SampleSynth.template("project");
        t.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of(
                "EnableKeyRotation", true,
                "KeyPolicy", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Sid", "DataAdmin0", "Principal",
                                Map.of("AWS", "arn:aws:iam::000000000000:role/bps-sample-data-admin"))),
                        Match.objectLike(Map.of("Sid", "ExecutionRole0", "Condition", Match.objectLike(Map.of(
                                "StringLike", Map.of("aws:userId", Map.of("Fn::Join", List.of("", List.of(
                                        Map.of("Ref", Match.stringLikeRegexp("SSM.*GeneratedRoleStepfunctionId.*")),
                                        ":*")))))))))))))));
        t.hasResource("AWS::KMS::Key", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
    }

    @Test
    void publishesTheKeyAndTopicAsMdaaNamesThem() throws Exception {
        Template t = SampleSynth.template("project");
        t.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/bps-sample/sales/project/kmsArn/default")));
        t.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/bps-sample/sales/project/projectTopicArn/default")));
        t.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of(
                "TopicName", "bps-sample-dev-sales-project-dataops-sns-topic", "KmsMasterKeyId", Match.anyValue())));
    }

    @Test
    void letsEventBridgeUseTheKeyOnlyForThisAccountsRulesOfItsMachines() throws Exception {
        Template t = SampleSynth.template("project");
        Object ruleArn = Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                ":events:us-east-1:000000000000:rule/bps-sample-dev-sales-stepfunction-sample-state-machine--7dcd8108")));
        Object statement = Match.objectLike(Map.of(
                "Sid", "EventBridgeDeadLetters",
                "Principal", Map.of("Service", "events.amazonaws.com"),
                "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", "000000000000"),
                        "ArnLike", Map.of("aws:SourceArn", List.of(ruleArn)))));
        t.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("KeyPolicy", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(statement)))))));
    }

    @Test
    void grantsTheExecutionRolesTheGlueCatalogKeyAsMdaaDoes() throws Exception {
        Template t = SampleSynth.template("project");
        t.hasResourceProperties("AWS::IAM::ManagedPolicy", Match.objectLike(Map.of(
                "ManagedPolicyName", "bps-sample-dev-sales-project-catalog-key-access",
                "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Sid", "CatalogKey", "Action", "kms:Decrypt",
                        "Resource", "arn:aws:kms:us-east-1:000000000000:key/00000000-0000-4000-8000-000000000001"))))),
                "Roles", List.of(Match.anyValue(), Match.anyValue()))));
        t.hasParameter("*", Map.of("Type", "AWS::SSM::Parameter::Value<String>",
                "Default", "/bps-sample/sales/generated-role/lambda-etl/arn"));
    }
}
