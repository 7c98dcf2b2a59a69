package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Choice rules: Choices is non-empty; every top-level rule has a Next; every rule is And/Or (a non-empty array of
 * rules), Not (one rule), or a Variable with exactly one comparison operator.
 */
public final class ChoiceRuleShapeRule implements AslRule {
    private static final Set<String> OPERATORS = operators();

    private static Set<String> operators() {
        Set<String> ops = new HashSet<>(List.of("StringMatches", "BooleanEquals", "BooleanEqualsPath", "IsNull",
                "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"));
        for (String kind : List.of("String", "Numeric", "Timestamp")) {
            for (String op : List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals")) {
                ops.add(kind + op);
                ops.add(kind + op + "Path");
            }
        }
        return Set.copyOf(ops);
    }

    @Override
    public String code() {
        return "ASL-CHOICE-RULE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Choice rules are well formed: a Next on each top-level rule, one comparison or And/Or/Not each";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (!(s instanceof State.Choice c)) {
                continue;
            }
            if (c.source().get("Choices").orElse(null) instanceof SourceValue.Arr a) {
                if (a.items().isEmpty()) {
                    ctx.report(this, a.position(), "Choice \"" + c.name() + "\" has no rules", "add at least one rule");
                }
                for (SourceValue item : a.items()) {
                    rule(ctx, c, item, true);
                }
            }
        }
    }

    private void rule(AslContext ctx, State.Choice c, SourceValue v, boolean top) {
        if (!(v instanceof SourceValue.Obj r)) {
            ctx.report(this, v.position(), "a Choice rule must be an object, not " + v.typeName(), "");
            return;
        }
        if (top && !(r.get("Next").orElse(null) instanceof SourceValue.Scalar n && n.isString())) {
            ctx.report(this, r.position(), "a rule of Choice \"" + c.name() + "\" has no Next",
                    "add \"Next\": \"<state to go to when the rule matches>\"");
        }
        if (r.get("And").or(() -> r.get("Or")).orElse(null) instanceof SourceValue.Arr list) {
            if (list.items().isEmpty()) {
                ctx.report(this, list.position(), "And/Or needs at least one rule", "");
            }
            list.items().forEach(i -> rule(ctx, c, i, false));
            return;
        }
        if (r.has("Not")) {
            rule(ctx, c, r.get("Not").orElseThrow(), false);
            return;
        }
        List<String> ops = r.members().keySet().stream().filter(OPERATORS::contains).toList();
        if (!r.has("Variable")) {
            ctx.report(this, r.position(), "a rule of Choice \"" + c.name() + "\" has no Variable",
                    "add \"Variable\": \"$.field\", or combine rules with And, Or or Not");
        } else if (ops.size() != 1) {
            ctx.report(this, r.position(), "a rule of Choice \"" + c.name() + "\" needs exactly one comparison, has "
                    + (ops.isEmpty() ? "none" : String.join(", ", ops)), "e.g. \"StringEquals\": \"passed\"");
        }
    }
}
