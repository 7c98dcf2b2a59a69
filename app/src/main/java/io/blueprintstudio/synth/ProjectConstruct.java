package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.ProjectConfig;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

/**
 * {@code @aws-mdaa/dataops-project}: the project KMS key (rotation on, administered by {@code dataAdminRoles},
 * usable by {@code projectExecutionRoles} and by the services that write encrypted logs and dead letters), the
 * project's SNS topic, and the SSM parameters other modules read through {@code project:}. No Glue security
 * configuration, bucket or Athena workgroup: the orchestrator uses none of them (its data lake key,
 * {@code s3OutputKmsKeyArn}, is granted to the Lambda that writes the data instead).
 */
final class ProjectConstruct extends Construct {
    private static final List<String> KEY_USE = List.of("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*",
            "kms:GenerateDataKey*", "kms:DescribeKey");
    private static final List<String> KEY_ADMIN = List.of("kms:Create*", "kms:Describe*", "kms:Enable*",
            "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*",
            "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion");

    private final Key key;

    ProjectConstruct(ModuleScope s, ProjectConfig config) {
        super(s.stack(), "Project");
        key = s.from(Key.Builder.create(this, "Key")
                .alias("alias/" + s.names().stackName().toLowerCase(java.util.Locale.ROOT))
                .description("Project key of " + s.names().stackName())
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build(), "");
        grantAdmins(s, config);
        grantExecutionRoles(s, config);
        grantServices(s);
        Topic topic = s.from(Topic.Builder.create(this, "Topic")
                .topicName(MdaaNames.fit(s.names().stackName().toLowerCase(java.util.Locale.ROOT), MdaaNames.TOPIC))
                .masterKey(key)
                .enforceSsl(true)
                .build(), "");
        String project = s.module().name();
        publish(s, project + "/kmsArn/default", "KmsArn", key.getKeyArn());
        publish(s, project + "/topicArn/default", "TopicArn", topic.getTopicArn());
    }

    Key key() {
        return key;
    }

    private void grantAdmins(ModuleScope s, ProjectConfig config) {
        for (int i = 0; i < config.dataAdminRoles().size(); i++) {
            ProjectConfig.RoleRef r = config.dataAdminRoles().get(i);
            String arn = roleArn(s, r, JsonPointer.append("/dataAdminRoles", i));
            if (arn != null) {
                key.addToResourcePolicy(PolicyStatement.Builder.create().sid("DataAdmin" + i)
                        .principals(List.of(new ArnPrincipal(arn))).actions(KEY_ADMIN).resources(List.of("*"))
                        .build());
            }
        }
    }

    /** Roles given by id are matched on {@code aws:userId}, as MDAA does, so the key needs no role ARN. */
    private void grantExecutionRoles(ModuleScope s, ProjectConfig config) {
        for (int i = 0; i < config.projectExecutionRoles().size(); i++) {
            ProjectConfig.RoleRef r = config.projectExecutionRoles().get(i);
            String pointer = JsonPointer.append("/projectExecutionRoles", i);
            PolicyStatement.Builder st = PolicyStatement.Builder.create().sid("ExecutionRole" + i).actions(KEY_USE)
                    .resources(List.of("*"));
            if (r.id() != null) {
                String id = s.value(r.id(), pointer + "/id");
                key.addToResourcePolicy(st.principals(List.of(new AnyPrincipal()))
                        .conditions(Map.of("StringLike", Map.of("aws:userId", id + ":*"),
                                "StringEquals", Map.of("aws:PrincipalAccount", s.stack().getAccount())))
                        .build());
            } else {
                String arn = roleArn(s, r, pointer);
                if (arn != null) {
                    key.addToResourcePolicy(st.principals(List.of(new ArnPrincipal(arn))).build());
                }
            }
        }
    }

    /** CloudWatch Logs (log groups), EventBridge (dead letters) and SNS write with the key for the project. */
    private void grantServices(ModuleScope s) {
        String region = s.stack().getRegion();
        key.addToResourcePolicy(PolicyStatement.Builder.create().sid("CloudWatchLogs")
                .principals(List.of(new ServicePrincipal("logs." + region + ".amazonaws.com")))
                .actions(KEY_USE).resources(List.of("*"))
                .conditions(Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn",
                        "arn:" + s.stack().getPartition() + ":logs:" + region + ":" + s.stack().getAccount() + ":*")))
                .build());
        key.addToResourcePolicy(PolicyStatement.Builder.create().sid("EventBridgeDeadLetters")
                .principals(List.of(new ServicePrincipal("events.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*")).resources(List.of("*")).build());
    }

    private static String roleArn(ModuleScope s, ProjectConfig.RoleRef r, String pointer) {
        if (r.arn() != null) {
            return s.value(r.arn(), pointer + "/arn");
        }
        if (r.name() != null) {
            return "arn:" + s.stack().getPartition() + ":iam::" + s.stack().getAccount() + ":role/"
                    + s.value(r.name(), pointer + "/name");
        }
        s.error("SYNTH-ROLE-REF", pointer, "this role reference has no arn, id or name that synthesis can use",
                "give the role as arn: ..., id: ... or name: ...");
        return null;
    }

    private void publish(ModuleScope s, String rest, String id, String value) {
        StringParameter.Builder.create(this, "Ssm" + id).parameterName(s.names().domainSsm(rest)).stringValue(value)
                .build();
    }
}
