package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;

/**
 * A Choice without Default fails the execution with States.NoChoiceMatched when no rule matches. The seed's
 * "Passed or Failed?" has none: any Lambda result other than "passed"/"failed" fails the run.
 */
public final class ChoiceDefaultRule implements AslRule {
    @Override
    public String code() {
        return "ASL-CHOICE-NO-DEFAULT";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "a Choice state has a Default, or an unmatched input fails the execution";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (s instanceof State.Choice c && !c.source().has("Default")) {
                ctx.report(this, c.position(), "Choice \"" + c.name()
                        + "\" has no Default: when no rule matches, the execution fails with States.NoChoiceMatched",
                        "add \"Default\": \"<state>\" naming where unmatched input goes (e.g. a Fail state)");
            }
        }
    }
}
