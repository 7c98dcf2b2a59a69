package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.S3KeyPrefix;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MDAA imports the Lambda's and the state machine's roles by ARN and strips CDK's automatic policies, so the roles
 * of the roles module must already carry what the resources need. From the configs we know what each needs:
 * the Lambda writes logs, reads the objects under the prefixes that start its state machine, writes under
 * DEST_BUCKET_NAME/DEST_PREFIX, and uses the project's data lake key; the state machine invokes its functions,
 * publishes to its topics, delivers its logs (logging level ALL) and sends X-Ray traces (tracing on). What a role
 * carries is known only for the managed policies Blueprint Studio knows and the blueprint's own generated
 * policies; bucket and key policies may grant the rest. So: warnings, one per missing need, at the role.
 */
public final class RolePermissionRule implements BlueprintRule {
    static final RuleInfo INFO = new RuleInfo("ROLE-PERMISSION", Severity.WARNING,
            "a generated role lacks a permission a resource using it needs",
            "MDAA removes CDK's automatic policies from imported roles: add a generatePolicies entry with the "
                    + "actions and resources the message names to the role's generatedPolicies (or a managed policy "
                    + "that grants them), unless a bucket or key policy grants them already.");
    private static final List<String> LOGS = List.of("logs:CreateLogStream", "logs:PutLogEvents");
    private static final List<String> LOG_DELIVERY = List.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");
    private static final List<String> XRAY = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "xray:GetSamplingRules", "xray:GetSamplingTargets");

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    /**
     * What one resource needs of its role: a purpose, actions, and a resource (null: any); {@code bySynth}: our
     * synthesis adds this grant itself (package synth), which MDAA's deploy does not.
     */
    private record Need(String purpose, List<String> actions, String resource, boolean bySynth) {
        Need(String purpose, List<String> actions, String resource) {
            this(purpose, actions, resource, false);
        }
    }

    @Override
    public void check(ValidationContext ctx) {
        // role → (who uses it, needs), so a role used twice is reported once per need
        Map<Topology.Role, Map<String, Need>> needs = new LinkedHashMap<>();
        Map<Topology.Role, String> users = new LinkedHashMap<>();
        for (Flows.Flow flow : Flows.of(ctx)) {
            Topology topology = new Topology(ctx, flow.module());
            topology.role(flow.executionRole()).ifPresent(role -> {
                users.merge(role, "state machine " + flow.name(), (a, b) -> a.contains(b) ? a : a + ", " + b);
                Map<String, Need> n = needs.computeIfAbsent(role, r -> new LinkedHashMap<>());
                for (Topology.Function f : flow.functions()) {
                    add(n, new Need("invoke Lambda " + f.function().functionName(), List.of("lambda:InvokeFunction"),
                            null));
                }
                for (String topic : flow.topics()) {
                    add(n, new Need("publish to " + topic, List.of("sns:Publish"), known(topic)));
                }
                add(n, new Need("deliver execution logs to CloudWatch Logs", LOG_DELIVERY, null, true));
                add(n, new Need("send X-Ray traces", XRAY, null, true));
            });
            for (Topology.Function f : flow.functions()) {
                lambdaNeeds(ctx, flow, f, new Topology(ctx, f.module()), needs, users);
            }
        }
        needs.forEach((role, n) -> report(ctx, role, users.get(role), n.values()));
    }

    private void lambdaNeeds(ValidationContext ctx, Flows.Flow flow, Topology.Function f, Topology topology,
            Map<Topology.Role, Map<String, Need>> needs, Map<Topology.Role, String> users) {
        String roleArn = Walk.str(ctx.resolvedAt(f.module(), f.function().pointer() + "/roleArn"));
        Optional<Topology.Role> role = topology.role(roleArn);
        if (role.isEmpty()) {
            return;
        }
        users.merge(role.get(), "Lambda " + f.function().functionName(), (a, b) -> a.contains(b) ? a : a + ", " + b);
        Map<String, Need> n = needs.computeIfAbsent(role.get(), r -> new LinkedHashMap<>());
        add(n, new Need("write its logs", LOGS, null));
        for (Flows.Source s : flow.sources()) {
            add(n, new Need("read the CSV files it is started for", List.of("s3:GetObject"),
                    known(objectArn(s.bucket(), s.prefix())), true));
        }
        Map<?, ?> env = Walk.map(ctx.resolvedAt(f.module(), f.function().pointer() + "/environment"));
        String destBucket = Walk.str(env.get("DEST_BUCKET_NAME"));
        if (destBucket != null) {
            String destPrefix = String.valueOf(Walk.str(env.get("DEST_PREFIX")));
            add(n, new Need("write its Parquet output", List.of("s3:PutObject"),
                    known(objectArn(destBucket, destPrefix)), true));
        }
        for (BlueprintModule p : topology.siblings(ModuleKind.DATAOPS_PROJECT)) {
            String key = Walk.str(ctx.resolvedAt(p, "/s3OutputKmsKeyArn"));
            if (key != null && key.startsWith("arn:") && !Walk.unresolved(key)) {
                add(n, new Need("use the data lake's KMS key (s3OutputKmsKeyArn of project module `" + p.name() + "`)",
                        List.of("kms:Decrypt", "kms:GenerateDataKey"), key, true));
            }
        }
    }

    private static void add(Map<String, Need> needs, Need need) {
        needs.putIfAbsent(need.purpose() + need.resource(), need);
    }

    /** An example object ARN under a prefix: what a policy's resource pattern must match. */
    private static String objectArn(String bucket, String prefix) {
        String p = S3KeyPrefix.of(prefix);
        return "arn:aws:s3:::" + bucket + "/" + (p.isEmpty() || p.endsWith("/") ? p : p + "/") + "example.csv";
    }

    /** A resource we can match against, or null (any resource) when it is only known at deploy time. */
    private static String known(String resource) {
        return resource == null || Walk.unresolved(resource) || !Resolver.ssmParameters(resource).isEmpty()
                ? null : resource;
    }

    private void report(ValidationContext ctx, Topology.Role role, String users, Iterable<Need> needs) {
        Grants grants = new Grants(ctx, role);
        String pointer = role.role().pointer();
        String unless = grants.unknown().isEmpty() ? ""
                : " (unless " + String.join(", ", grants.unknown()) + " grants it: its contents are not known here)";
        for (Need need : needs) {
            List<String> missing = new ArrayList<>();
            for (String action : need.actions()) {
                if (!grants.allows(action, need.resource())) {
                    missing.add(action);
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            String on = need.resource() == null ? "" : " on " + need.resource().replace("example.csv", "*");
            ctx.report(INFO, ctx.locateKey(role.module(), pointer), pointer, "role `" + role.role().name() + "` ("
                    + users + ") needs " + String.join(", ", missing) + on + " to " + need.purpose()
                    + "; none of its policies grants it" + unless,
                    "add a statement allowing " + String.join(", ", missing) + on + " to a policy under "
                            + "generatePolicies of the roles module and list that policy in the role's generatedPolicies"
                            + (need.bySynth() ? " (Blueprint Studio's synth and deploy add this grant themselves; the "
                                    + "blueprint needs it for MDAA's deploy)" : ""));
        }
    }
}
