package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.LambdaConfig;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.ProjectConfig;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.StepFunctionConfig;
import io.blueprintstudio.synth.ExternalResources.BucketPrefix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the modules of one environment connect, read from their resolved configs: which S3 locations start which
 * state machine, which Lambda functions each one invokes (by the SSM path of the function's ARN), which topics it
 * publishes to; and from that, what each function needs and what the blueprint uses without creating it.
 */
final class Wiring {
    /** One state machine definition: its resolved ASL (as text) and the S3 locations whose objects start it. */
    record Flow(BlueprintModule module, String asl, List<BucketPrefix> sources, List<String> topics) {
    }

    private final Blueprint blueprint;
    private final List<BlueprintModule> modules;
    private final List<Flow> flows = new ArrayList<>();

    Wiring(Blueprint blueprint, List<BlueprintModule> modules) {
        this.blueprint = blueprint;
        this.modules = modules;
        for (BlueprintModule m : modules) {
            m.stepFunction().ifPresent(c -> c.definitions().forEach(d -> flows.add(flow(m, d))));
        }
    }

    private Flow flow(BlueprintModule m, StepFunctionConfig.Definition d) {
        Resolver r = resolver(m);
        Object asl = r.resolve(d.rawStepFunctionDefValue()).value();
        Map<String, Object> eb = ConfigValues.map(r.resolve(d.eventBridge()).value());
        List<BucketPrefix> sources = new ArrayList<>();
        ConfigValues.map(eb.get("s3EventBridgeRules")).values().forEach(v -> {
            Map<String, Object> rule = ConfigValues.map(v);
            List<?> prefixes = rule.get("prefixes") instanceof List<?> l && !l.isEmpty() ? l : List.of("");
            if (rule.get("buckets") instanceof List<?> buckets) {
                for (Object b : buckets) {
                    for (Object p : prefixes) {
                        String prefix = String.valueOf(p);
                        sources.add(new BucketPrefix(String.valueOf(b), prefix.startsWith("/") ? prefix.substring(1)
                                : prefix));
                    }
                }
            }
        });
        List<String> topics = new ArrayList<>();
        topics(asl, topics);
        return new Flow(m, String.valueOf(asl instanceof Map ? json(asl) : asl), sources, topics);
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

    /** What function {@code f} of lambda module {@code m} reads (the sources of the machines that invoke it). */
    LambdaAccess accessFor(BlueprintModule m, LambdaConfig.Function f) {
        String arnPath = names(blueprint, m).ssm("lambda", f.functionName(), "arn");
        Set<BucketPrefix> reads = new LinkedHashSet<>();
        for (Flow flow : flows) {
            if (flow.module().domain().equals(m.domain()) && flow.asl().contains("{{resolve:ssm:" + arnPath + "}}")) {
                reads.addAll(flow.sources());
            }
        }
        return new LambdaAccess(List.copyOf(reads), dataLakeKeys(m));
    }

    private List<String> dataLakeKeys(BlueprintModule m) {
        Set<String> out = new LinkedHashSet<>();
        for (BlueprintModule p : modules) {
            if (p.kind() == ModuleKind.DATAOPS_PROJECT && p.domain().equals(m.domain())
                    && p.name().equals(m.projectName())) {
                String arn = p.project().map(ProjectConfig::s3OutputKmsKeyArn).orElse(null);
                if (arn != null) {
                    out.add(resolver(p).resolveString(arn).string());
                }
            }
        }
        return List.copyOf(out);
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
            Resolver r = resolver(m);
            m.lambda().ifPresent(c -> c.functions().forEach(f -> {
                String bucket = f.environment().get("DEST_BUCKET_NAME");
                if (bucket != null) {
                    String prefix = f.environment().getOrDefault("DEST_PREFIX", "");
                    destinations.add(new BucketPrefix(r.resolveString(bucket).string(),
                            r.resolveString(prefix).string()));
                }
            }));
            m.project().ifPresent(p -> {
                for (String k : new String[] {p.s3OutputKmsKeyArn(), p.glueCatalogKmsKeyArn()}) {
                    if (k != null) {
                        keys.add(r.resolveString(k).string());
                    }
                }
                p.dataAdminRoles().stream().filter(x -> x.arn() != null)
                        .forEach(x -> roles.add(r.resolveString(x.arn()).string()));
            });
        }
        return new ExternalResources(List.copyOf(sources), List.copyOf(destinations), List.copyOf(topics),
                List.copyOf(keys), List.copyOf(roles));
    }

    private static String json(Object v) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(v);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(v);
        }
    }
}
