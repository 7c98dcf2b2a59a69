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
    void publishesTheProjectKeyArnAndAnEncryptedTopic() throws Exception {
        Template t = SampleSynth.template("project");
        t.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/bps-sample/sales/project/kmsArn/default")));
        t.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", Match.anyValue())));
    }
}
