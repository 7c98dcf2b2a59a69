package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.LambdaConfig;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.RolesConfig;
import io.blueprintstudio.validate.ValidationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the modules of one domain and environment produce, and how MDAA names it: generated roles, Lambda
 * functions, projects, and the SSM parameters under {@code /<org>/<domain>/} that those modules publish.
 */
final class Topology {
    /** A role a roles module generates. */
    record Role(BlueprintModule module, RolesConfig.GeneratedRole role) {
    }

    /** A function a dataops-lambda module deploys. */
    record Function(BlueprintModule module, LambdaConfig.Function function) {
    }

    private final ValidationContext ctx;
    private final BlueprintModule near;
    private final String org;

    Topology(ValidationContext ctx, BlueprintModule near) {
        this.ctx = ctx;
        this.near = near;
        String o = ctx.blueprint().mdaa().organization();
        this.org = o == null ? "" : o;
    }

    /** Modules of the same domain and environment as the module this topology was made for. */
    List<BlueprintModule> siblings(ModuleKind kind) {
        return ctx.blueprint().modules().stream()
                .filter(m -> m.domain().equals(near.domain()) && m.env().equals(near.env()))
                .filter(m -> kind == null || m.kind() == kind).toList();
    }

    /** {@code /<org>/<domain>/}, lower-cased as MDAA writes its parameters. */
    String prefix() {
        return ("/" + org + "/" + near.domain() + "/").toLowerCase(Locale.ROOT);
    }

    List<Role> roles() {
        return siblings(ModuleKind.ROLES).stream().flatMap(m -> m.roles().stream()
                .flatMap(c -> c.generateRoles().values().stream().map(r -> new Role(m, r)))).toList();
    }

    List<Function> functions() {
        return siblings(ModuleKind.DATAOPS_LAMBDA).stream().flatMap(m -> m.lambda().stream()
                .flatMap(c -> c.functions().stream().map(f -> new Function(m, f)))).toList();
    }

    /**
     * The generated role a resolved reference names: {@code {{resolve:ssm:/org/domain/generated-role/N/arn}}} or
     * {@code .../<roles module>/role/N/arn}; empty for a literal ARN or anything else (not knowable statically).
     */
    Optional<Role> role(String resolvedReference) {
        if (resolvedReference == null) {
            return Optional.empty();
        }
        for (String path : Resolver.ssmParameters(resolvedReference)) {
            String p = path.toLowerCase(Locale.ROOT);
            for (Role r : roles()) {
                String name = r.role().name().toLowerCase(Locale.ROOT);
                if (p.startsWith(prefix() + "generated-role/" + name + "/")
                        || p.startsWith(prefix() + r.module().name().toLowerCase(Locale.ROOT) + "/role/" + name + "/")) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** The function an ASL Task resource names through the lambda module's SSM parameter, or a function ARN. */
    Optional<Function> function(String resolvedResource) {
        if (resolvedResource == null) {
            return Optional.empty();
        }
        String r = resolvedResource.toLowerCase(Locale.ROOT);
        for (Function f : functions()) {
            String fn = String.valueOf(f.function().functionName()).toLowerCase(Locale.ROOT);
            String ssm = prefix() + f.module().name().toLowerCase(Locale.ROOT) + "/lambda/" + fn + "/arn";
            if (r.contains(ssm) || r.endsWith(":function:" + fn) || r.contains("-" + fn.replace('_', '-'))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Why no module publishes {@code path} (under {@link #prefix()}), or empty when one does. */
    Optional<Missing> missing(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (!p.startsWith(prefix())) {
            return Optional.empty(); // outside this blueprint's org/domain: published elsewhere, not ours to judge
        }
        String[] seg = p.substring(prefix().length()).split("/");
        List<String> roleNames = roles().stream().map(r -> r.role().name().toLowerCase(Locale.ROOT)).toList();
        if (seg[0].equals("generated-role")) {
            return seg.length > 1 && roleNames.contains(seg[1]) ? Optional.empty()
                    : Optional.of(new Missing(true, seg.length > 1 ? seg[1] : "", roleNames, true));
        }
        Optional<BlueprintModule> module = siblings(null).stream()
                .filter(m -> m.name().toLowerCase(Locale.ROOT).equals(seg[0])).findFirst();
        if (module.isEmpty()) {
            return Optional.of(new Missing(false, seg[0], siblings(null).stream().map(BlueprintModule::name).toList(),
                    false));
        }
        if (module.get().files().isEmpty() || module.get().files().stream().anyMatch(f -> f.syntaxError().isPresent())) {
            return Optional.empty(); // its config does not read: what it publishes is not known, and that is reported
        }
        if (module.get().kind() == ModuleKind.ROLES && seg.length > 2 && seg[1].equals("role")) {
            return roleNames.contains(seg[2]) ? Optional.empty()
                    : Optional.of(new Missing(true, seg[2], roleNames, true));
        }
        return outputs(module.get()).map(o -> o.missing(seg)).orElse(Optional.empty());
    }

    /**
     * What MDAA publishes under a module's path, as {@code <type>/<name>/...} with the names its config gives;
     * empty for a kind whose outputs are not enumerated here.
     */
    private Optional<Outputs> outputs(BlueprintModule m) {
        return switch (m.kind()) {
            case DATAOPS_LAMBDA -> {
                List<String> fns = functions().stream().filter(f -> f.module() == m)
                        .map(f -> lower(f.function().functionName())).toList();
                yield Optional.of(new Outputs(Map.of("lambda", fns,
                        "sqs", fns.stream().map(f -> f + "-dlq").toList())));
            }
            case DATAOPS_STEPFUNCTION -> {
                List<String> machines = m.stepFunction().map(c -> c.definitions().stream()
                        .map(d -> lower(d.stateMachineName())).toList()).orElse(List.of());
                yield Optional.of(new Outputs(Map.of("loggroup", machines,
                        "sqs", machines.stream().map(x -> x + "-events-dlq").toList())));
            }
            case DATAOPS_PROJECT -> Optional.of(new Outputs(projectOutputs(m)));
            default -> Optional.empty();
        };
    }

    /** MDAA's project parameters: one default each, and one per database, connection, classifier, security group. */
    private static Map<String, List<String>> projectOutputs(BlueprintModule m) {
        Map<String, List<String>> out = new HashMap<>();
        for (String single : List.of("kmsarn", "projecttopicarn", "deploymentrole", "projectbucket",
                "securityconfiguration")) {
            out.put(single, List.of("default"));
        }
        Map<String, Object> doc = m.document();
        out.put("databasename", keys(doc.get("databases")));
        out.put("connections", keys(doc.get("connections")));
        out.put("classifiers", keys(doc.get("classifiers")));
        out.put("securitygroupid", keys(doc.get("securityGroupConfigs")));
        return out;
    }

    private static List<String> keys(Object map) {
        return map instanceof Map<?, ?> x ? x.keySet().stream().map(k -> lower(String.valueOf(k))).toList()
                : List.of();
    }

    private static String lower(String s) {
        return String.valueOf(s).toLowerCase(Locale.ROOT);
    }

    /** A module's outputs by type: {@code lambda → [fn, ...]} for {@code /<module>/lambda/<fn>/...}. */
    private record Outputs(Map<String, List<String>> byType) {

        /** {@code seg}: the path's segments from the module name on. */
        Optional<Missing> missing(String[] seg) {
            if (seg.length < 2) {
                return Optional.of(new Missing(false, "", List.copyOf(byType.keySet()), true));
            }
            List<String> names = byType.get(seg[1]);
            if (names == null) {
                return Optional.of(new Missing(false, seg[1], byType.keySet().stream().sorted().toList(), true));
            }
            if (seg.length < 3 || !names.contains(seg[2])) {
                return Optional.of(new Missing(false, seg.length < 3 ? "" : seg[2], names, true));
            }
            return Optional.empty();
        }
    }

    /**
     * A name in an SSM path no module produces, and the names that would have been produced there.
     *
     * @param ourModule the path names a module of this domain and environment, so nothing else publishes it
     */
    record Missing(boolean role, String name, List<String> known, boolean ourModule) {
    }
}
