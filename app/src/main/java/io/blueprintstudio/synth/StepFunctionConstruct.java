package io.blueprintstudio.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
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
 * policy on that role for log delivery and X-Ray (which MDAA leaves to the user), and for {@code eventBridge} its
 * rules ({@link EventRules}).
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
    private static final int DEFAULT_RETENTION = 731;

    final List<SynthesizedStack.StateMachine> machines = new ArrayList<>();

    StepFunctionConstruct(ModuleScope s) {
        super(s.stack(), "StepFunctions");
        IKey key = s.config().text("projectName") == null ? null
                : Key.fromKeyArn(this, "ProjectKey", s.reference("project:kmsArn/default", "/projectName"));
        for (ConfigValues d : s.config().at("stepfunctionDefinitions").items()) {
            if (d.text("stateMachineName") != null) {
                definition(s, d, key);
            }
        }
    }

    private void definition(ModuleScope s, ConfigValues d, IKey key) {
        String pointer = d.pointer();
        String id = d.text("stateMachineName");
        String name = s.names().resource(id, MdaaNames.STATE_MACHINE);
        String roleArn = s.text(d.at("stateMachineExecutionRole"));
        String asl = definitionJson(s, d, id);
        StateMachineType type = type(s, d);
        RetentionDays retention = retention(s, d);
        if (roleArn == null || asl == null || type == null || retention == null) {
            return;
        }
        Construct scope = s.from(new Construct(this, "StateMachine-" + id), pointer);
        String logGroupName = "/aws/stepfunction/" + name;
        LogGroup logs = LogGroup.Builder.create(scope, "LogGroup").logGroupName(logGroupName).encryptionKey(key)
                .retention(retention).removalPolicy(RemovalPolicy.RETAIN).build();
        IRole role = Role.fromRoleArn(scope, "Role", roleArn, FromRoleArnOptions.builder().mutable(false).build());
        StateMachine machine = StateMachine.Builder.create(scope, "StateMachine")
                .stateMachineName(name)
                .stateMachineType(type)
                .definitionBody(DefinitionBody.fromString(s.ssm().tokens(asl)))
                .role(role)
                .tracingEnabled(true)
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL)
                        .includeExecutionData(Boolean.TRUE.equals(d.bool("logExecutionData"))).build())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        s.from(machine, pointer + "/rawStepFunctionDef");
        ManagedPolicy logging = ManagedPolicy.Builder.create(scope, "LoggingPolicy")
                .managedPolicyName(s.names().resource(id + "-logging", MdaaNames.POLICY))
                .description("Log delivery and X-Ray for state machine " + id)
                .statements(List.of(Statements.allow("LogDelivery", LOG_DELIVERY, List.of("*")),
                        Statements.allow("XRay", XRAY, List.of("*"))))
                .roles(List.of(role))
                .build();
        NagChecks.byDesign(logging, "state-machine-logging-policy");
        s.publish(scope, "loggroup", id, "name", logs.getLogGroupName());
        s.publish(scope, "loggroup", id, "arn", logs.getLogGroupArn());
        if (!d.at("eventBridge").entries().isEmpty()) {
            new EventRules(s, scope, d, machine, key).build();
        }
        NagChecks.suppress(scope, d.at("suppressions").suppressions());
        machines.add(new SynthesizedStack.StateMachine(name, type.name(), logGroupName, asl));
    }

    /** The ASL with every template resolved, as JSON; {@code {{resolve:ssm:..}}} left for the parameters. */
    private static String definitionJson(ModuleScope s, ConfigValues d, String id) {
        ConfigValues def = d.at("rawStepFunctionDef");
        if (!def.present()) {
            s.error("SYNTH-NO-DEFINITION", d.pointer(), "state machine `" + id + "` has no rawStepFunctionDef",
                    "paste the ASL JSON under rawStepFunctionDef");
            return null;
        }
        try {
            return def.value() instanceof String str ? str : JSON.writeValueAsString(def.value());
        } catch (JsonProcessingException e) {
            s.error("SYNTH-DEFINITION", def.pointer(), "the definition cannot be written as JSON: "
                    + e.getOriginalMessage(), "");
            return null;
        }
    }

    /** STANDARD when not set, as MDAA; anything else than STANDARD or EXPRESS is refused where it is written. */
    private static StateMachineType type(ModuleScope s, ConfigValues d) {
        String type = d.text("stateMachineType");
        if (type == null || type.equals("STANDARD") || type.equals("EXPRESS")) {
            return type == null ? StateMachineType.STANDARD : StateMachineType.valueOf(type);
        }
        s.error("SYNTH-STATE-MACHINE-TYPE", d.pointer() + "/stateMachineType", "stateMachineType is `" + type
                + "`; it must be STANDARD or EXPRESS", "use STANDARD or EXPRESS");
        return null;
    }

    /** MDAA's 0 keeps logs forever; no setting means 731 days. */
    private static RetentionDays retention(ModuleScope s, ConfigValues d) {
        ConfigValues v = d.at("logGroupRetentionDays");
        Integer days = v.present() ? v.integer() : Integer.valueOf(DEFAULT_RETENTION);
        RetentionDays r = days == null ? null : days == 0 ? RetentionDays.INFINITE : RETENTION.get(days);
        if (r == null) {
            s.error("SYNTH-RETENTION", v.pointer(), "logGroupRetentionDays is `" + v.text() + "`, not a "
                    + "CloudWatch Logs retention period", "use 0 (never expire) or one of "
                    + new TreeSet<>(RETENTION.keySet()));
        }
        return r;
    }
}
