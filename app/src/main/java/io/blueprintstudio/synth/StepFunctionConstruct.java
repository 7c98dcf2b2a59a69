package io.blueprintstudio.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.StepFunctionConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * {@code @aws-mdaa/dataops-stepfunction}, per definition: a KMS-encrypted log group {@code /aws/stepfunction/<name>}
 * (retention as configured, kept on delete), the state machine from {@code rawStepFunctionDef} with every template
 * resolved (SSM references become deploy-time parameters), its imported role, tracing on and logging level ALL, a
 * policy on that role for log delivery and X-Ray (which MDAA leaves to the user), and for {@code eventBridge} an
 * events role allowed {@code states:StartExecution}, one rule per S3 entry with retries, max event age and an
 * encrypted dead-letter queue.
 */
final class StepFunctionConstruct extends Construct {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LOG_DELIVERY = List.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");
    private static final List<String> XRAY = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "xray:GetSamplingRules", "xray:GetSamplingTargets");

    /** MDAA's allowed retention days (validation refuses others). */
    private static final Map<Integer, RetentionDays> RETENTION = Map.ofEntries(Map.entry(1, RetentionDays.ONE_DAY),
            Map.entry(3, RetentionDays.THREE_DAYS), Map.entry(5, RetentionDays.FIVE_DAYS),
            Map.entry(7, RetentionDays.ONE_WEEK), Map.entry(14, RetentionDays.TWO_WEEKS),
            Map.entry(30, RetentionDays.ONE_MONTH), Map.entry(60, RetentionDays.TWO_MONTHS),
            Map.entry(90, RetentionDays.THREE_MONTHS), Map.entry(120, RetentionDays.FOUR_MONTHS),
            Map.entry(150, RetentionDays.FIVE_MONTHS), Map.entry(180, RetentionDays.SIX_MONTHS),
            Map.entry(365, RetentionDays.ONE_YEAR), Map.entry(400, RetentionDays.THIRTEEN_MONTHS),
            Map.entry(545, RetentionDays.EIGHTEEN_MONTHS), Map.entry(731, RetentionDays.TWO_YEARS),
            Map.entry(1827, RetentionDays.FIVE_YEARS), Map.entry(3653, RetentionDays.TEN_YEARS));

    final List<SynthesizedStack.StateMachine> machines = new ArrayList<>();

    StepFunctionConstruct(ModuleScope s, StepFunctionConfig config) {
        super(s.stack(), "StepFunctions");
        IKey key = config.projectName() == null ? null
                : Key.fromKeyArn(this, "ProjectKey", s.value("project:kmsArn/default", "/projectName"));
        for (StepFunctionConfig.Definition d : config.definitions()) {
            definition(s, d, key);
        }
    }

    private void definition(ModuleScope s, StepFunctionConfig.Definition d, IKey key) {
        String pointer = d.pointer();
        String id = d.stateMachineName();
        String name = s.names().resource(id, MdaaNames.STATE_MACHINE);
        String roleArn = s.value(d.stateMachineExecutionRole(), pointer + "/stateMachineExecutionRole");
        String asl = definitionJson(s, d);
        if (roleArn == null || asl == null) {
            return;
        }
        Construct scope = s.from(new Construct(this, "StateMachine-" + id), pointer);
        String logGroupName = "/aws/stepfunction/" + name;
        LogGroup logs = LogGroup.Builder.create(scope, "LogGroup").logGroupName(logGroupName).encryptionKey(key)
                .retention(retention(d.logGroupRetentionDays())).removalPolicy(RemovalPolicy.RETAIN).build();
        IRole role = Role.fromRoleArn(scope, "Role", roleArn, FromRoleArnOptions.builder().mutable(false).build());
        String type = d.stateMachineType() == null ? "STANDARD" : d.stateMachineType();
        StateMachine machine = StateMachine.Builder.create(scope, "StateMachine")
                .stateMachineName(name)
                .stateMachineType(StateMachineType.valueOf(type))
                .definitionBody(DefinitionBody.fromString(s.ssm().tokens(asl)))
                .role(role)
                .tracingEnabled(true)
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL)
                        .includeExecutionData(Boolean.TRUE.equals(d.logExecutionData())).build())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        s.from(machine, pointer + "/rawStepFunctionDef");
        ManagedPolicy logging = ManagedPolicy.Builder.create(scope, "LoggingPolicy")
                .managedPolicyName(s.names().resource(id + "-logging", MdaaNames.POLICY))
                .description("Log delivery and X-Ray for state machine " + id)
                .statements(List.of(statement("LogDelivery", LOG_DELIVERY, List.of("*")),
                        statement("XRay", XRAY, List.of("*"))))
                .roles(List.of(role))
                .build();
        NagChecks.byDesign(logging, "state-machine-logging-policy");
        ssm(s, scope, "loggroup", id, "name", logs.getLogGroupName());
        ssm(s, scope, "loggroup", id, "arn", logs.getLogGroupArn());
        if (!d.eventBridge().isEmpty()) {
            new EventRules(s, scope, d, machine, key).build();
        }
        NagChecks.suppress(scope, d.suppressions());
        machines.add(new SynthesizedStack.StateMachine(name, type, logGroupName, asl));
    }

    /** The ASL with every template resolved, as JSON; {@code {{resolve:ssm:..}}} left for the parameters. */
    private static String definitionJson(ModuleScope s, StepFunctionConfig.Definition d) {
        Object raw = d.rawStepFunctionDefValue();
        if (raw == null) {
            s.error("SYNTH-NO-DEFINITION", d.pointer(), "state machine `" + d.stateMachineName()
                    + "` has no rawStepFunctionDef", "paste the ASL JSON under rawStepFunctionDef");
            return null;
        }
        Object resolved = s.resolvedTree(raw, d.rawStepFunctionDefPointer());
        try {
            return resolved instanceof String str ? str : JSON.writeValueAsString(resolved);
        } catch (JsonProcessingException e) {
            s.error("SYNTH-DEFINITION", d.rawStepFunctionDefPointer(), "the definition cannot be written as JSON: "
                    + e.getOriginalMessage(), "");
            return null;
        }
    }

    /** MDAA's 0 keeps logs forever; no setting means 731 days. */
    private static RetentionDays retention(Integer days) {
        int d = days == null ? 731 : days;
        if (d == 0) {
            return RetentionDays.INFINITE;
        }
        RetentionDays r = RETENTION.get(d);
        if (r != null) {
            return r;
        }
        return RetentionDays.TWO_YEARS;
    }

    static PolicyStatement statement(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources).build();
    }

    static void ssm(ModuleScope s, Construct scope, String type, String id, String attr, String value) {
        StringParameter.Builder.create(scope, "Ssm-" + type + "-" + attr).parameterName(s.names().ssm(type, id, attr))
                .stringValue(value).build();
    }

    /** The EventBridge side of one definition: events role, dead-letter queue, one rule per S3 entry. */
    private static final class EventRules {
        private final ModuleScope s;
        private final Construct scope;
        private final StepFunctionConfig.Definition d;
        private final StateMachine machine;
        private final IKey key;

        EventRules(ModuleScope s, Construct scope, StepFunctionConfig.Definition d, StateMachine machine, IKey key) {
            this.s = s;
            this.scope = scope;
            this.d = d;
            this.machine = machine;
            this.key = key;
        }

        void build() {
            String id = d.stateMachineName();
            Role role = Role.Builder.create(scope, "EventsRole")
                    .roleName(s.names().resource(id + "-events", MdaaNames.ROLE))
                    .assumedBy(new ServicePrincipal("events.amazonaws.com"))
                    .build();
            ManagedPolicy.Builder.create(scope, "EventsPolicy")
                    .managedPolicyName(s.names().resource(id + "-events", MdaaNames.POLICY))
                    .statements(List.of(statement("StartExecution", List.of("states:StartExecution"),
                            List.of(machine.getStateMachineArn()))))
                    .roles(List.of(role))
                    .build();
            Queue dlq = s.deadLetterQueue(scope, "EventsDeadLetterQueue", id + "-events-dlq", key);
            NagChecks.byDesign(dlq, "events-dead-letter-queue");
            ssm(s, scope, "sqs", id + "-events-dlq", "arn", dlq.getQueueArn());
            Map<String, Object> eb = d.eventBridge();
            String ebPointer = d.pointer() + "/eventBridge";
            Integer retries = ConfigValues.integer(eb.get("retryAttempts"));
            Integer maxAge = ConfigValues.integer(eb.get("maxEventAgeSeconds"));
            SfnStateMachine target = SfnStateMachine.Builder.create(machine)
                    .role(role.withoutPolicyUpdates())
                    .deadLetterQueue(dlq)
                    .retryAttempts(retries)
                    .maxEventAge(maxAge == null ? null : Duration.seconds(maxAge))
                    .build();
            ConfigValues.map(eb.get("s3EventBridgeRules")).forEach((ruleName, v) -> {
                String rulePointer = JsonPointer.append(ebPointer + "/s3EventBridgeRules", ruleName);
                Map<String, Object> rule = ConfigValues.map(s.resolvedTree(v, rulePointer));
                List<String> buckets = ConfigValues.strings(rule.get("buckets"));
                List<String> prefixes = ConfigValues.strings(rule.get("prefixes"));
                Rule r = Rule.Builder.create(scope, "Rule-" + ruleName)
                        .ruleName(s.names().resource(id + "-" + ruleName, MdaaNames.RULE))
                        .description("New objects in " + String.join(", ", buckets) + " start " + id)
                        .eventPattern(S3EventPatterns.objectCreated(buckets, prefixes, s.options().keySuffix()))
                        .targets(List.of(target))
                        .build();
                s.from(r, rulePointer);
                Object bus = rule.get("eventBusArn");
                if (bus != null) {
                    ((software.amazon.awscdk.services.events.CfnRule) r.getNode().getDefaultChild())
                            .setEventBusName(String.valueOf(bus));
                }
            });
        }
    }
}
