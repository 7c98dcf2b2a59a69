package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.util.List;
import java.util.Optional;

/**
 * References to what other modules produce: a {@code projectName} that is no dataops-project module, a role
 * ({@code generated-role-arn:NAME}, {@code .../roles/role/NAME/arn}) no roles module generates, and SSM parameters
 * under this blueprint's {@code /<org>/<domain>/} that no module publishes: an error when the path names a module
 * of the environment (its outputs are known: roles, functions, dead-letter queues, log groups, project parameters),
 * a warning when it names none (another deployment may publish it). MDAA only finds these at deploy time, when
 * CloudFormation cannot read the parameter.
 */
public final class ReferenceRule implements BlueprintRule {
    static final RuleInfo PROJECT = new RuleInfo("REF-PROJECT-MISSING", Severity.ERROR,
            "projectName names no dataops-project module of the same environment",
            "Set projectName to the module name of the environment's @aws-mdaa/dataops-project module.");
    static final RuleInfo ROLE = new RuleInfo("REF-ROLE-MISSING", Severity.ERROR,
            "a reference to a role no roles module generates",
            "Fix the role name, or add the role under generateRoles of the roles module.");
    static final RuleInfo SSM = new RuleInfo("REF-SSM-MISSING", Severity.ERROR,
            "an SSM parameter under this blueprint's /<org>/<domain>/ that no module publishes",
            "Check the module and resource names in the path: the stack reading it fails at deploy time. A path "
                    + "naming a module of the environment is an error (that module publishes no such parameter); "
                    + "one naming no module of it is a warning (another deployment may publish it).");

    @Override
    public List<RuleInfo> infos() {
        return List.of(PROJECT, ROLE, SSM);
    }

    @Override
    public void check(ValidationContext ctx) {
        for (BlueprintModule m : ctx.modules()) {
            Topology topology = new Topology(ctx, m);
            project(ctx, m, topology);
            Walk.walk(ctx.resolved(m).value(), "", new Walk.Visitor() {
                @Override
                public void string(String pointer, String value) {
                    for (String path : Resolver.ssmParameters(value)) {
                        topology.missing(path).ifPresent(miss -> report(ctx, m, pointer, path, miss));
                    }
                }
            });
        }
    }

    private void project(ValidationContext ctx, BlueprintModule m, Topology topology) {
        String name = m.projectName();
        if (name == null || (m.kind() != ModuleKind.DATAOPS_LAMBDA && m.kind() != ModuleKind.DATAOPS_STEPFUNCTION)) {
            return;
        }
        List<String> projects = topology.siblings(ModuleKind.DATAOPS_PROJECT).stream().map(BlueprintModule::name)
                .toList();
        if (!projects.contains(name)) {
            Optional<String> near = Suggest.closest(name, projects);
            ctx.report(PROJECT, ctx.locate(m, "/projectName"), "/projectName", "projectName `" + name
                    + "` is not a dataops-project module of " + m.domain() + "/" + m.env()
                    + near.map(n -> "; did you mean `" + n + "`?").orElse(""),
                    projects.isEmpty() ? "add an @aws-mdaa/dataops-project module to the environment"
                            : "use one of: " + String.join(", ", projects));
        }
    }

    private void report(ValidationContext ctx, BlueprintModule m, String pointer, String path, Topology.Missing miss) {
        Optional<String> near = Suggest.closest(miss.name(), miss.known());
        String suggestion = near.map(n -> "; did you mean `" + n + "`?").orElse("");
        String known = miss.known().isEmpty() ? "none" : String.join(", ", miss.known());
        if (miss.role()) {
            ctx.report(ROLE, ctx.locate(m, pointer), pointer, "no roles module of " + m.domain() + "/" + m.env()
                    + " generates a role named `" + miss.name() + "` (SSM parameter " + path + ")" + suggestion,
                    "generated roles: " + known);
        } else if (miss.ourModule()) {
            ctx.report(SSM, ctx.locate(m, pointer), pointer, "no module of " + m.domain() + "/" + m.env()
                    + " publishes SSM parameter " + path + " (nothing named `" + miss.name() + "` there), so "
                    + "CloudFormation stops the deploy of this module" + suggestion, "names published there: " + known);
        } else {
            ctx.report(SSM, Severity.WARNING, ctx.locate(m, pointer), pointer, "no module of " + m.domain() + "/"
                    + m.env() + " publishes SSM parameter " + path + " (no module named `" + miss.name() + "` there)"
                    + suggestion, "modules there: " + known + "; unless another deployment publishes it, the deploy "
                    + "of this module fails");
        }
    }
}
