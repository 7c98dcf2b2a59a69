package io.blueprintstudio.synth;

import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.CfnRule;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * The EventBridge side of one state machine definition, as MDAA builds it: an events role allowed
 * {@code states:StartExecution}, an encrypted dead-letter queue, and one rule per entry of
 * {@code s3EventBridgeRules} (S3 "Object Created" under the buckets and prefixes) and of {@code eventBridgeRules}
 * (an event pattern or a schedule, optionally with a fixed input), each with the configured retries and max event
 * age. Like MDAA, an S3 rule replaces a general rule of the same name.
 */
final class EventRules {
    private final ModuleScope s;
    private final Construct scope;
    private final ConfigValues definition;
    private final StateMachine machine;
    private final IKey key;
    private final String id;

    EventRules(ModuleScope s, Construct scope, ConfigValues definition, StateMachine machine, IKey key) {
        this.s = s;
        this.scope = scope;
        this.definition = definition;
        this.machine = machine;
        this.key = key;
        this.id = definition.text("stateMachineName");
    }

    void build() {
        Role role = Role.Builder.create(scope, "EventsRole")
                .roleName(s.names().resource(id + "-events", MdaaNames.ROLE))
                .assumedBy(new ServicePrincipal("events.amazonaws.com"))
                .build();
        ManagedPolicy.Builder.create(scope, "EventsPolicy")
                .managedPolicyName(s.names().resource(id + "-events", MdaaNames.POLICY))
                .statements(List.of(Statements.allow("StartExecution", List.of("states:StartExecution"),
                        List.of(machine.getStateMachineArn()))))
                .roles(List.of(role))
                .build();
        Queue dlq = s.deadLetterQueue(scope, "EventsDeadLetterQueue", id + "-events-dlq", key);
        NagChecks.byDesign(dlq, "events-dead-letter-queue");
        s.publish(scope, "sqs", id + "-events-dlq", "arn", dlq.getQueueArn());
        ConfigValues eb = definition.at("eventBridge");
        Targets targets = new Targets(role, dlq, eb.integer("retryAttempts"), eb.integer("maxEventAgeSeconds"));
        var s3Rules = eb.at("s3EventBridgeRules").entries();
        s3Rules.forEach((name, rule) -> s3Rule(name, rule, targets));
        eb.at("eventBridgeRules").entries().forEach((name, rule) -> {
            if (s3Rules.containsKey(name)) {
                s.warn("SYNTH-RULE-REPLACED", rule.pointer(), "eventBridgeRules `" + name + "` is not built: MDAA "
                        + "builds the s3EventBridgeRules entry of the same name instead", "rename one of them");
            } else {
                rule(name, rule, targets);
            }
        });
    }

    private void s3Rule(String name, ConfigValues rule, Targets targets) {
        List<String> buckets = texts(rule.at("buckets"));
        if (buckets.isEmpty()) {
            s.error("SYNTH-NO-BUCKETS", rule.at("buckets").pointer(), "s3EventBridgeRules `" + name + "` names no "
                    + "bucket; EventBridge refuses a rule matching an empty list of bucket names",
                    "list the bucket whose new objects start " + id + " under buckets");
            return;
        }
        List<String> prefixes = texts(rule.at("prefixes"));
        Rule r = Rule.Builder.create(scope, "Rule-" + name)
                .ruleName(s.names().rule(id, name))
                .description("New objects in " + String.join(", ", buckets) + " start " + id)
                .eventPattern(S3EventPatterns.objectCreated(buckets, prefixes, s.options().keySuffix()))
                .targets(List.of(targets.plain()))
                .build();
        onBus(r, rule);
        s.from(r, rule.pointer());
    }

    private void rule(String name, ConfigValues rule, Targets targets) {
        ConfigValues pattern = rule.at("eventPattern");
        String schedule = s.text(rule.at("scheduleExpression"));
        if (!pattern.present() && schedule == null) {
            s.error("SYNTH-RULE-EMPTY", rule.pointer(), "eventBridgeRules `" + name + "` has neither an eventPattern "
                    + "nor a scheduleExpression", "add eventPattern: {source: [...], ...} or scheduleExpression: "
                    + "rate(1 hour)");
            return;
        }
        ConfigValues input = rule.at("input");
        Rule r = Rule.Builder.create(scope, "Rule-" + name)
                .ruleName(s.names().rule(id, name))
                .description(rule.text("description") != null ? rule.text("description")
                        : "EventBridge rule " + name + " of " + id)
                .eventPattern(pattern.present() ? pattern(pattern) : null)
                .schedule(schedule == null ? null : Schedule.expression(schedule))
                .targets(List.of(input.present() ? targets.withInput(s.tokens(input.value())) : targets.plain()))
                .build();
        onBus(r, rule);
        s.from(r, rule.pointer());
    }

    private void onBus(Rule r, ConfigValues rule) {
        String bus = s.text(rule.at("eventBusArn"));
        if (bus != null) {
            ((CfnRule) r.getNode().getDefaultChild()).setEventBusName(bus);
        }
    }

    /** MDAA's (CDK's) event pattern keys; absent keys stay absent. */
    private EventPattern pattern(ConfigValues p) {
        return EventPattern.builder()
                .source(list(p.at("source")))
                .detailType(list(p.at("detailType")))
                .detail(p.at("detail").present() ? new ConfigValues("", s.tokens(p.at("detail").value())).map() : null)
                .account(list(p.at("account")))
                .region(list(p.at("region")))
                .resources(list(p.at("resources")))
                .id(list(p.at("id")))
                .time(list(p.at("time")))
                .version(list(p.at("version")))
                .build();
    }

    private List<String> list(ConfigValues v) {
        return v.present() ? texts(v) : null;
    }

    /** Each scalar item as text for a property, SSM references as parameter tokens. */
    private List<String> texts(ConfigValues v) {
        return v.items().stream().map(s::text).filter(Objects::nonNull).toList();
    }

    /** The state machine as a rule target: one with the event as input, or one per fixed input. */
    private final class Targets {
        private final Role role;
        private final Queue dlq;
        private final Integer retries;
        private final Integer maxAge;
        private SfnStateMachine plain;

        Targets(Role role, Queue dlq, Integer retries, Integer maxAge) {
            this.role = role;
            this.dlq = dlq;
            this.retries = retries;
            this.maxAge = maxAge;
        }

        SfnStateMachine plain() {
            if (plain == null) {
                plain = builder().build();
            }
            return plain;
        }

        SfnStateMachine withInput(Object input) {
            return builder().input(RuleTargetInput.fromObject(input)).build();
        }

        private SfnStateMachine.Builder builder() {
            return SfnStateMachine.Builder.create(machine)
                    .role(role.withoutPolicyUpdates())
                    .deadLetterQueue(dlq)
                    .retryAttempts(retries)
                    .maxEventAge(maxAge == null ? null : Duration.seconds(maxAge));
        }
    }
}
