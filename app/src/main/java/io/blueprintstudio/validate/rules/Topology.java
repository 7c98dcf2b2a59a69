package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.LambdaConfig;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.RolesConfig;
import io.blueprintstudio.validate.ValidationContext;
import java.util.List;
import java.util.Locale;
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
                    : Optional.of(new Missing(true, seg.length > 1 ? seg[1] : "", roleNames));
        }
        Optional<BlueprintModule> module = siblings(null).stream()
                .filter(m -> m.name().toLowerCase(Locale.ROOT).equals(seg[0])).findFirst();
        if (module.isEmpty()) {
            return Optional.of(new Missing(false, seg[0], siblings(null).stream().map(BlueprintModule::name).toList()));
        }
        if (module.get().kind() == ModuleKind.ROLES && seg.length > 2 && seg[1].equals("role")) {
            return roleNames.contains(seg[2]) ? Optional.empty() : Optional.of(new Missing(true, seg[2], roleNames));
        }
        if (module.get().kind() == ModuleKind.DATAOPS_LAMBDA && seg.length > 2 && seg[1].equals("lambda")) {
            List<String> fns = functions().stream().filter(f -> f.module() == module.get())
                    .map(f -> String.valueOf(f.function().functionName()).toLowerCase(Locale.ROOT)).toList();
            return fns.contains(seg[2]) ? Optional.empty() : Optional.of(new Missing(false, seg[2], fns));
        }
        return Optional.empty(); // other module outputs (project bucket, key, topic ...): not enumerated here
    }

    /** A name in an SSM path no module produces, and the names that would have been produced there. */
    record Missing(boolean role, String name, List<String> known) {
    }
}
