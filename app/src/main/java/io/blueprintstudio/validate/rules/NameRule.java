package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.MdaaConfig;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MDAA's names: organization, domain, environment and module names must match {@code ^[a-z0-9-]+$} (they make
 * every stack and resource name); a stack name {@code <org>-<env>-<domain>-<module>} over CloudFormation's 128
 * characters fails; a resource name over its type's limit is shortened by MDAA with a hash, which breaks IAM
 * policies, alarms and runbooks written against the readable name.
 */
public final class NameRule implements BlueprintRule {
    static final RuleInfo PATTERN = new RuleInfo("NAME-PATTERN", Severity.ERROR,
            "an organization, domain, environment or module name that is not lower-case letters, digits and -",
            "Rename it using a-z, 0-9 and -; MDAA builds every stack and resource name from these.");
    static final RuleInfo STACK = new RuleInfo("NAME-STACK-TOO-LONG", Severity.ERROR,
            "a stack name <org>-<env>-<domain>-<module> over CloudFormation's 128 characters",
            "Shorten the organization, domain, environment or module name.");
    static final RuleInfo LONG = new RuleInfo("NAME-TOO-LONG", Severity.WARNING,
            "a generated resource name over its type's length limit (MDAA shortens it with a hash)",
            "Shorten the resource, module, domain or organization name so the generated name fits.");
    private static final Pattern NAME = Pattern.compile("^[a-z0-9-]+$");

    @Override
    public List<RuleInfo> infos() {
        return List.of(PATTERN, STACK, LONG);
    }

    @Override
    public void check(ValidationContext ctx) {
        MdaaConfig mdaa = ctx.blueprint().mdaa();
        pattern(ctx, mdaa.organization(), "organization", ctx.locateMdaa("/organization"), "/organization");
        for (MdaaConfig.Domain d : mdaa.domains().values()) {
            pattern(ctx, d.name(), "domain", ctx.locateMdaaKey(d.pointer()), d.pointer());
            for (MdaaConfig.Environment e : d.environments().values()) {
                pattern(ctx, e.name(), "environment", ctx.locateMdaaKey(e.pointer()), e.pointer());
                for (MdaaConfig.Module m : e.modules().values()) {
                    pattern(ctx, m.name(), "module", ctx.locateMdaaKey(m.pointer()), m.pointer());
                }
            }
        }
        for (BlueprintModule m : ctx.modules()) {
            lengths(ctx, m);
        }
    }

    private void pattern(ValidationContext ctx, String name, String what, Optional<SourceNode> at, String pointer) {
        if (name == null || PlaceholderRule.find(name).isPresent() || NAME.matcher(name).matches()) {
            return; // missing is the schema's, a placeholder the placeholder rule's
        }
        String fixed = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        ctx.report(PATTERN, at, pointer, what + " name `" + name + "` must match ^[a-z0-9-]+$ (lower-case letters, "
                + "digits and -)", "rename it, e.g. `" + fixed + "`");
    }

    /** MDAA's base name of a module's stacks and resources. */
    static String base(ValidationContext ctx, BlueprintModule m) {
        String org = String.valueOf(ctx.blueprint().mdaa().organization());
        return (org + "-" + m.env() + "-" + m.domain() + "-" + m.name()).replace('_', '-');
    }

    private void lengths(ValidationContext ctx, BlueprintModule m) {
        String base = base(ctx, m);
        if (base.length() > 128) {
            ctx.report(STACK, ctx.locateMdaaKey(m.config().pointer()), m.config().pointer(), "stack name `" + base
                    + "` is " + base.length() + " characters, over CloudFormation's 128", STACK.help());
        }
        if (m.kind() == ModuleKind.DATAOPS_LAMBDA) {
            m.lambda().ifPresent(c -> c.functions().forEach(f -> resource(ctx, m, base, f.functionName(),
                    f.pointer() + "/functionName", "Lambda function", 64)));
        } else if (m.kind() == ModuleKind.DATAOPS_STEPFUNCTION) {
            m.stepFunction().ifPresent(c -> c.definitions().forEach(d -> resource(ctx, m, base,
                    d.stateMachineName(), d.pointer() + "/stateMachineName", "state machine", 80)));
        } else if (m.kind() == ModuleKind.ROLES) {
            m.roles().ifPresent(c -> c.generateRoles().values().forEach(r -> {
                boolean verbatim = "true".equals(String.valueOf(r.raw().get("verbatimRoleName")));
                resource(ctx, m, verbatim ? "" : base, r.name(), r.pointer(), "IAM role", 64);
            }));
        }
    }

    private void resource(ValidationContext ctx, BlueprintModule m, String base, String name, String pointer,
            String type, int limit) {
        if (name == null || Walk.unresolved(name)) {
            return;
        }
        String full = ((base.isEmpty() ? "" : base + "-") + name).toLowerCase(Locale.ROOT);
        if (full.length() >= limit) { // MDAA shortens at the limit, not only above it
            Optional<SourceNode> at = JsonPointer.last(pointer).equals(name) ? ctx.locateKey(m, pointer)
                    : ctx.locate(m, pointer);
            ctx.report(LONG, at, pointer, "the " + type + " name `" + full + "` is " + full.length()
                    + " characters; at " + type + "s' limit of " + limit + " MDAA replaces its end with a hash, so "
                    + "policies, alarms and runbooks written against this name will not match",
                    "shorten `" + name + "` by " + (full.length() - limit + 1) + " characters or more");
        }
    }
}
