package io.blueprintstudio.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * {@code @aws-mdaa/dataops-project}: the project KMS key (rotation on, administered by {@code dataAdminRoles},
 * usable by {@code projectExecutionRoles} and by the services that write encrypted logs and dead letters), the
 * project's SNS topic, MDAA's catalog key policy for the execution roles when {@code glueCatalogKmsKeyArn} is set,
 * and the SSM parameters {@code kmsArn/default} and {@code projectTopicArn/default}. No Glue security
 * configuration, bucket, deployment role or Athena workgroup: the orchestrator uses none of them (its data lake
 * key, {@code s3OutputKmsKeyArn}, is granted to the Lambda that writes the data instead).
 */
final class ProjectConstruct extends Construct {
    private static final List<String> KEY_USE = List.of("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*",
            "kms:GenerateDataKey*", "kms:DescribeKey");
    private static final List<String> KEY_ADMIN = List.of("kms:Create*", "kms:Describe*", "kms:Enable*",
            "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*",
            "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion");

    private final Key key;

    /** {@code eventRules}: the rules whose dead letters this key encrypts, as their ARNs after {@code rule/}. */
    ProjectConstruct(ModuleScope s, List<String> eventRules) {
        super(s.stack(), "Project");
        key = s.from(Key.Builder.create(this, "Key")
                .alias("alias/" + s.names().stackName().toLowerCase(Locale.ROOT))
                .description("Project key of " + s.names().stackName())
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build(), "");
        grantAdmins(s);
        grantExecutionRoles(s);
        grantServices(s, eventRules);
        Topic topic = s.from(Topic.Builder.create(this, "Topic")
                .topicName(s.names().resource("dataops-sns-topic", MdaaNames.TOPIC))
                .masterKey(key)
                .enforceSsl(true)
                .build(), "");
        catalogKeyAccess(s);
        String project = s.module().name();
        s.publishAt(this, "SsmKmsArn", s.names().domainSsm(project + "/kmsArn/default"), key.getKeyArn());
        s.publishAt(this, "SsmTopicArn", s.names().domainSsm(project + "/projectTopicArn/default"),
                topic.getTopicArn());
    }

    Key key() {
        return key;
    }

    private void grantAdmins(ModuleScope s) {
        List<ConfigValues> admins = s.config().at("dataAdminRoles").items();
        for (int i = 0; i < admins.size(); i++) {
            String arn = roleArn(s, admins.get(i));
            if (arn != null) {
                key.addToResourcePolicy(PolicyStatement.Builder.create().sid("DataAdmin" + i)
                        .principals(List.of(new ArnPrincipal(arn))).actions(KEY_ADMIN).resources(List.of("*"))
                        .build());
            }
        }
    }

    /** Roles given by id are matched on {@code aws:userId}, as MDAA does, so the key needs no role ARN. */
    private void grantExecutionRoles(ModuleScope s) {
        List<ConfigValues> roles = s.config().at("projectExecutionRoles").items();
        for (int i = 0; i < roles.size(); i++) {
            ConfigValues r = roles.get(i);
            PolicyStatement.Builder st = PolicyStatement.Builder.create().sid("ExecutionRole" + i).actions(KEY_USE)
                    .resources(List.of("*"));
            if (r.text("id") != null) {
                key.addToResourcePolicy(st.principals(List.of(new AnyPrincipal()))
                        .conditions(Map.of("StringLike", Map.of("aws:userId", s.text(r.at("id")) + ":*"),
                                "StringEquals", Map.of("aws:PrincipalAccount", s.stack().getAccount())))
                        .build());
            } else {
                String arn = roleArn(s, r);
                if (arn != null) {
                    key.addToResourcePolicy(st.principals(List.of(new ArnPrincipal(arn))).build());
                }
            }
        }
    }

    /**
     * CloudWatch Logs (log groups of this account) and EventBridge (dead letters of this account's rules, those
     * of the machines using this project when they are known) use the key for the project.
     */
    private void grantServices(ModuleScope s, List<String> eventRules) {
        String region = s.stack().getRegion();
        String account = s.stack().getAccount();
        String partition = s.stack().getPartition();
        key.addToResourcePolicy(PolicyStatement.Builder.create().sid("CloudWatchLogs")
                .principals(List.of(new ServicePrincipal("logs." + region + ".amazonaws.com")))
                .actions(KEY_USE).resources(List.of("*"))
                .conditions(Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn",
                        "arn:" + partition + ":logs:" + region + ":" + account + ":*")))
                .build());
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("StringEquals", Map.of("aws:SourceAccount", account));
        if (!eventRules.isEmpty()) {
            conditions.put("ArnLike", Map.of("aws:SourceArn", eventRules.stream()
                    .map(r -> "arn:" + partition + ":events:" + region + ":" + account + ":rule/" + r).toList()));
        }
        key.addToResourcePolicy(PolicyStatement.Builder.create().sid("EventBridgeDeadLetters")
                .principals(List.of(new ServicePrincipal("events.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*")).resources(List.of("*"))
                .conditions(conditions).build());
    }

    /**
     * MDAA's {@code catalog-key-access} policy: {@code kms:Decrypt} on {@code glueCatalogKmsKeyArn} for every
     * execution role. A role given by an id that is not one of MDAA's SSM references cannot be attached to without
     * MDAA's role lookup: a located warning.
     */
    private void catalogKeyAccess(ModuleScope s) {
        String catalogKey = s.text(s.config().at("glueCatalogKmsKeyArn"));
        if (catalogKey == null) {
            return;
        }
        List<IRole> roles = new ArrayList<>();
        List<ConfigValues> refs = s.config().at("projectExecutionRoles").items();
        for (int i = 0; i < refs.size(); i++) {
            IRole role = executionRole(s, refs.get(i), i);
            if (role != null) {
                roles.add(role);
            }
        }
        if (!roles.isEmpty()) {
            s.from(ManagedPolicy.Builder.create(this, "CatalogKeyAccess")
                    .managedPolicyName(s.names().resource("catalog-key-access", MdaaNames.POLICY))
                    .description("Glue catalog key for the execution roles of " + s.names().stackName())
                    .statements(List.of(Statements.allow("CatalogKey", List.of("kms:Decrypt"), List.of(catalogKey))))
                    .roles(roles)
                    .build(), "/glueCatalogKmsKeyArn");
        }
    }

    private IRole executionRole(ModuleScope s, ConfigValues r, int i) {
        String arn = r.text("id") == null ? roleArn(s, r) : arnOfId(r.text("id"));
        if (arn == null) {
            s.warn("SYNTH-UNSUPPORTED", r.pointer(), "execution role " + i + " is given by an id Blueprint Studio "
                    + "cannot turn into a role: MDAA looks it up and grants it kms:Decrypt on glueCatalogKmsKeyArn, "
                    + "these stacks do not", "give the role as arn: or name:, or as generated-role-id:NAME");
            return null;
        }
        return Role.fromRoleArn(this, "ExecutionRole" + i, s.ssm().tokens(arn),
                FromRoleArnOptions.builder().mutable(false).build());
    }

    /** {@code {{resolve:ssm:/…/id}}} (a generated or a roles-module role) has its ARN beside it, at {@code /…/arn}. */
    private static String arnOfId(String id) {
        return id.matches("\\{\\{resolve:ssm:[^{}]+/id}}") ? id.substring(0, id.length() - "/id}}".length())
                + "/arn}}" : null;
    }

    private static String roleArn(ModuleScope s, ConfigValues r) {
        if (r.text("arn") != null) {
            return s.text(r.at("arn"));
        }
        if (r.text("name") != null) {
            return "arn:" + s.stack().getPartition() + ":iam::" + s.stack().getAccount() + ":role/"
                    + s.text(r.at("name"));
        }
        s.error("SYNTH-ROLE-REF", r.pointer(), "this role reference has no arn, id or name that synthesis can use",
                "give the role as arn: ..., id: ... or name: ...");
        return null;
    }
}
