package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cdk-nag suppressions ({@code suppressions: [{id, reason}]} on roles, policies, state machines, and under
 * {@code nag_suppressions.by_path}): an id matching no rule suppresses nothing, so the finding it was meant for
 * still stops the deploy (MDAA never says why); a reason under 10 characters is refused by MDAA.
 */
public final class SuppressionRule implements BlueprintRule {
    static final RuleInfo UNKNOWN = new RuleInfo("NAG-UNKNOWN-RULE", Severity.WARNING,
            "a suppression whose id matches no cdk-nag rule",
            "Write the full rule id, pack and rule (AwsSolutions-IAM4, NIST.800.53.R5-IAMNoInlinePolicy); a "
                    + "suppression with another id suppresses nothing.");
    static final RuleInfo REASON = new RuleInfo("NAG-REASON-SHORT", Severity.ERROR,
            "a suppression without a reason of at least 10 characters",
            "Say why the finding is acceptable, in 10 characters or more.");

    @Override
    public List<RuleInfo> infos() {
        return List.of(UNKNOWN, REASON);
    }

    @Override
    public void check(ValidationContext ctx) {
        for (BlueprintModule m : ctx.modules()) {
            Walk.walk(m.document(), "", new Walk.Visitor() {
                @Override
                public void key(String pointer, String key) {
                    if (key.equals("suppressions") && !pointer.contains("/rawStepFunctionDef")) {
                        List<?> items = Walk.list(ctx.resolvedAt(m, pointer));
                        for (int i = 0; i < items.size(); i++) {
                            suppression(ctx, m, JsonPointer.append(pointer, i), Walk.map(items.get(i)));
                        }
                    }
                }
            });
        }
    }

    private void suppression(ValidationContext ctx, BlueprintModule m, String pointer, Map<?, ?> s) {
        String id = Walk.str(s.get("id"));
        String reason = Walk.str(s.get("reason"));
        if (id != null && !Walk.unresolved(id) && !NagRules.IDS.contains(id)) {
            Optional<String> meant = NagRules.suggest(id, reason);
            boolean packOnly = id.indexOf('-') < 0;
            ctx.report(UNKNOWN, ctx.locate(m, pointer + "/id"), pointer + "/id", "suppression id `" + id
                    + "` matches no cdk-nag rule" + (packOnly ? " (it names a pack, not a rule)" : "")
                    + ", so it suppresses nothing" + meant.map(x -> "; did you mean `" + x + "`?").orElse(""),
                    meant.map(x -> "write id: \"" + x + "\"").orElse(UNKNOWN.help()));
        }
        if (reason == null || reason.trim().length() < 10) {
            String at = reason == null ? pointer : pointer + "/reason";
            ctx.report(REASON, ctx.locate(m, at), at, "suppression" + (id == null ? "" : " of `" + id + "`")
                    + (reason == null ? " has no reason" : " has a reason of " + reason.trim().length()
                            + " characters; MDAA needs at least 10"), REASON.help());
        }
    }
}
