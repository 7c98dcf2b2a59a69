package io.blueprintstudio.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.Resolution;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.S3KeyPrefix;
import io.blueprintstudio.synth.ExternalResources.BucketPrefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the modules of one environment connect, read from their resolved configs (each resolved once, here, and
 * shared with the constructs): which S3 locations start which state machine, which Lambda functions each one
 * invokes (by the SSM path of the function's ARN, or its deployed name), which topics it publishes to, which
 * EventBridge rules start it; and from that, what each function needs and what the blueprint uses without
 * creating it.
 */
final class Wiring {
    /**
     * One state machine definition.
     *
     * @param asl     its resolved ASL as text ({@code {{resolve:ssm:..}}} kept)
     * @param sources the S3 locations whose new objects start it
     * @param rules   its EventBridge rules as the part of their ARN after {@code rule/}
     */
    record Flow(BlueprintModule module, String name, String asl, List<BucketPrefix> sources, List<String> topics,
            List<String> rules) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Blueprint blueprint;
    private final List<BlueprintModule> modules;
    private final Map<BlueprintModule, Resolution> resolved = new HashMap<>();
    private final List<Flow> flows = new ArrayList<>();

    Wiring(Blueprint blueprint, List<BlueprintModule> modules) {
        this.blueprint = blueprint;
        this.modules = modules;
        for (BlueprintModule m : modules) {
            if (m.kind() == ModuleKind.DATAOPS_STEPFUNCTION) {
                config(m).at("stepfunctionDefinitions").items().forEach(d -> flows.add(flow(m, d)));
            }
        }
    }

    /** The module's config with MDAA's templates resolved, as every construct reads it. */
    ConfigValues config(BlueprintModule m) {
        return ConfigValues.root(resolution(m).value());
    }

    /** What could not be resolved in the module's config (an unset {@code {{env_var:..}}}, say). */
    Resolution resolution(BlueprintModule m) {
        return resolved.computeIfAbsent(m, x -> resolver(x).resolve(x.document()));
    }

    private Flow flow(BlueprintModule m, ConfigValues d) {
        MdaaNames names = names(blueprint, m);
        String machine = d.text("stateMachineName");
        ConfigValues eb = d.at("eventBridge");
        List<BucketPrefix> sources = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        eb.at("s3EventBridgeRules").entries().forEach((ruleName, rule) -> {
            List<String> prefixes = rule.strings("prefixes").isEmpty() ? List.of("") : rule.strings("prefixes");
            for (String bucket : rule.strings("buckets")) {
                prefixes.forEach(p -> sources.add(new BucketPrefix(bucket, S3KeyPrefix.of(p))));
            }
            rules.add(ruleResource(names.rule(machine, ruleName), rule.text("eventBusArn")));
        });
        eb.at("eventBridgeRules").entries().forEach((ruleName, rule) ->
                rules.add(ruleResource(names.rule(machine, ruleName), rule.text("eventBusArn"))));
        Object asl = d.at("rawStepFunctionDef").value();
        List<String> topics = new ArrayList<>();
        topics(asl, topics);
        return new Flow(m, machine, asl instanceof String s ? s : json(asl), sources, topics, rules);
    }

    /** {@code rule/NAME} on the default bus, {@code rule/BUS/NAME} on another; {@code *} for a bus not yet known. */
    private static String ruleResource(String ruleName, String busArn) {
        if (busArn == null) {
            return ruleName;
        }
        int at = busArn.lastIndexOf("event-bus/");
        String bus = at < 0 || SsmPlaceholders.hasReference(busArn) ? "*" : busArn.substring(at + "event-bus/".length());
        return bus + "/" + ruleName;
    }

    private static void topics(Object v, List<String> out) {
        if (v instanceof Map<?, ?> map) {
            map.forEach((k, x) -> {
                if ("TopicArn".equals(k) && x instanceof String s && s.startsWith("arn:")) {
                    out.add(s);
                } else {
                    topics(x, out);
                }
            });
        } else if (v instanceof List<?> l) {
            l.forEach(x -> topics(x, out));
        }
    }

    Resolver resolver(BlueprintModule m) {
        return Resolver.forModule(blueprint, m, Resolver.Target.UNKNOWN, System.getenv());
    }

    static MdaaNames names(Blueprint bp, BlueprintModule m) {
        return new MdaaNames(bp.mdaa().organization(), m.env(), m.domain(), m.name());
    }

    /**
     * What function {@code functionId} of lambda module {@code m} touches: the sources of the machines that invoke
     * it (through the SSM parameter of its ARN, or its deployed name), and the data lake key of its project.
     */
    LambdaAccess accessFor(BlueprintModule m, String functionId) {
        MdaaNames names = names(blueprint, m);
        String arnReference = "{{resolve:ssm:" + names.ssm("lambda", functionId, "arn") + "}}";
        // a function ARN ends at its quote, or at a version or alias after a colon
        Pattern deployed = Pattern.compile(":function:" + Pattern.quote(names.resource(functionId, MdaaNames.LAMBDA))
                + "[\":]");
        Set<BucketPrefix> reads = new LinkedHashSet<>();
        List<String> machines = new ArrayList<>();
        for (Flow flow : flows) {
            if (flow.module().domain().equals(m.domain())
                    && (flow.asl().contains(arnReference) || deployed.matcher(flow.asl()).find())) {
                reads.addAll(flow.sources());
                machines.add(flow.name());
            }
        }
        return new LambdaAccess(List.copyOf(reads), dataLakeKeys(m), machines);
    }

    private List<String> dataLakeKeys(BlueprintModule m) {
        Set<String> out = new LinkedHashSet<>();
        for (BlueprintModule p : projectsOf(m)) {
            String arn = config(p).text("s3OutputKmsKeyArn");
            if (arn != null) {
                out.add(arn);
            }
        }
        return List.copyOf(out);
    }

    private List<BlueprintModule> projectsOf(BlueprintModule m) {
        return modules.stream().filter(p -> p.kind() == ModuleKind.DATAOPS_PROJECT && p.domain().equals(m.domain())
                && p.name().equals(m.projectName())).toList();
    }

    /**
     * The EventBridge rules whose dead-letter queues use project {@code project}'s key (the rules of the state
     * machines of its domain that name it as their project), as the part of their ARN after {@code rule/}.
     */
    List<String> rulesUsingKeyOf(BlueprintModule project) {
        return flows.stream().filter(f -> f.module().domain().equals(project.domain())
                && project.name().equals(f.module().projectName())).flatMap(f -> f.rules().stream()).toList();
    }

    ExternalResources external() {
        Set<BucketPrefix> sources = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        flows.forEach(f -> {
            sources.addAll(f.sources());
            topics.addAll(f.topics());
        });
        Set<BucketPrefix> destinations = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        for (BlueprintModule m : modules) {
            ConfigValues c = config(m);
            if (m.kind() == ModuleKind.DATAOPS_LAMBDA) {
                c.at("functions").items().forEach(f -> {
                    String bucket = f.at("environment").text("DEST_BUCKET_NAME");
                    if (bucket != null) {
                        String prefix = f.at("environment").text("DEST_PREFIX");
                        destinations.add(new BucketPrefix(bucket, S3KeyPrefix.of(prefix)));
                    }
                });
            } else if (m.kind() == ModuleKind.DATAOPS_PROJECT) {
                for (String k : new String[] {c.text("s3OutputKmsKeyArn"), c.text("glueCatalogKmsKeyArn")}) {
                    if (k != null) {
                        keys.add(k);
                    }
                }
                c.at("dataAdminRoles").items().stream().map(r -> r.text("arn")).filter(a -> a != null)
                        .forEach(roles::add);
            }
        }
        return new ExternalResources(List.copyOf(sources), List.copyOf(destinations), List.copyOf(topics),
                List.copyOf(keys), List.copyOf(roles));
    }

    private static String json(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            return String.valueOf(v);
        }
    }
}
