package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ResolutionProblem;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.util.List;
import java.util.Optional;

/** {@code {{context:KEY}}} with no KEY in the module's context (global → domain → env → module): MDAA stops. */
public final class ContextKeyRule implements BlueprintRule {
    static final RuleInfo INFO = new RuleInfo("CONTEXT-UNDEFINED", Severity.ERROR,
            "a {{context:KEY}} template names a key no context level defines",
            "Define the key under a context: map in mdaa.yaml (global, domain, environment or module), or fix its "
                    + "spelling.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    @Override
    public void check(ValidationContext ctx) {
        for (BlueprintModule m : ctx.modules()) {
            for (ResolutionProblem p : ctx.resolved(m).problems()) {
                if (!p.template().startsWith("{{context:")) {
                    continue;
                }
                String key = p.template().substring("{{context:".length(), p.template().length() - 2).trim();
                Optional<String> near = Suggest.closest(key, ctx.blueprint().context(m).keySet());
                ctx.report(INFO, ctx.locate(m, p.pointer()), p.pointer(), "context key `" + key
                        + "` is not defined for " + m.domain() + "/" + m.env() + "/" + m.name()
                        + near.map(n -> "; did you mean `" + n + "`?").orElse(""),
                        near.map(n -> "write {{context:" + n + "}}").orElse("add `" + key
                                + ": <value>` under the environment's context: in mdaa.yaml"));
            }
        }
    }
}
