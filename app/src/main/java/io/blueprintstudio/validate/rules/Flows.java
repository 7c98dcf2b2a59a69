package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.S3KeyPrefix;
import io.blueprintstudio.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The orchestrations a blueprint wires, read from the resolved configs: for each state machine, the S3 buckets and
 * prefixes whose EventBridge rules start it, the Lambda functions its Task states invoke, and the SNS topics it
 * publishes to. Both the role permission check and the S3 loop check work from these.
 */
final class Flows {
    /** An S3 location that starts an execution; prefix without a leading {@code /}, possibly empty. */
    record Source(String bucket, String prefix) {
    }

    /** One state machine definition and what it touches. */
    record Flow(BlueprintModule module, String pointer, String name, String executionRole, List<Source> sources,
            List<Topology.Function> functions, List<String> topics) {
    }

    private Flows() {
    }

    static List<Flow> of(ValidationContext ctx) {
        List<Flow> out = new ArrayList<>();
        for (BlueprintModule m : ctx.modules(ModuleKind.DATAOPS_STEPFUNCTION)) {
            Topology topology = new Topology(ctx, m);
            List<?> defs = Walk.list(ctx.resolvedAt(m, "/stepfunctionDefinitions"));
            for (int i = 0; i < defs.size(); i++) {
                Map<?, ?> d = Walk.map(defs.get(i));
                List<Topology.Function> functions = new ArrayList<>();
                List<String> topics = new ArrayList<>();
                tasks(Walk.map(d.get("rawStepFunctionDef")), topology, functions, topics);
                out.add(new Flow(m, JsonPointer.append("/stepfunctionDefinitions", i),
                        Walk.str(d.get("stateMachineName")), Walk.str(d.get("stateMachineExecutionRole")),
                        sources(Walk.map(d.get("eventBridge"))), functions, topics));
            }
        }
        return out;
    }

    /** The buckets × prefixes of {@code eventBridge.s3EventBridgeRules} (no prefix: the whole bucket). */
    static List<Source> sources(Map<?, ?> eventBridge) {
        List<Source> out = new ArrayList<>();
        for (Object rule : Walk.map(eventBridge.get("s3EventBridgeRules")).values()) {
            Map<?, ?> r = Walk.map(rule);
            List<?> prefixes = Walk.list(r.get("prefixes"));
            for (Object b : Walk.list(r.get("buckets"))) {
                for (Object p : prefixes.isEmpty() ? List.of("") : prefixes) {
                    String prefix = String.valueOf(Walk.str(p));
                    out.add(new Source(String.valueOf(Walk.str(b)), S3KeyPrefix.of(prefix)));
                }
            }
        }
        return out;
    }

    /** Walks States, Parallel branches and Map processors for Lambda invocations and SNS publishes. */
    private static void tasks(Map<?, ?> machine, Topology topology, List<Topology.Function> functions,
            List<String> topics) {
        for (Object o : Walk.map(machine.get("States")).values()) {
            Map<?, ?> state = Walk.map(o);
            for (Object branch : Walk.list(state.get("Branches"))) {
                tasks(Walk.map(branch), topology, functions, topics);
            }
            tasks(Walk.map(state.get("ItemProcessor")), topology, functions, topics);
            tasks(Walk.map(state.get("Iterator")), topology, functions, topics);
            if (!"Task".equals(Walk.str(state.get("Type")))) {
                continue;
            }
            String resource = String.valueOf(Walk.str(state.get("Resource")));
            Map<?, ?> params = Walk.map(state.get("Parameters"));
            if (resource.contains(":states:::sns:publish")) {
                String topic = Walk.str(params.get("TopicArn"));
                topics.add(topic == null ? "*" : topic);
            } else if (resource.contains(":states:::lambda:invoke")) {
                topology.function(Walk.str(params.get("FunctionName"))).ifPresent(functions::add);
            } else {
                topology.function(resource).ifPresent(functions::add);
            }
        }
    }
}
