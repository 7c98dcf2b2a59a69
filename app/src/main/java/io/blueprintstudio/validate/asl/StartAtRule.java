package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.Text;
import io.blueprintstudio.validate.Severity;

/** StartAt names a state of the same machine (or branch). */
public final class StartAtRule implements AslRule {
    @Override
    public String code() {
        return "ASL-START-AT";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "StartAt names a state of its own machine or branch";
    }

    @Override
    public void check(AslContext ctx) {
        for (Scope scope : ctx.scopes()) {
            Text start = scope.machine().startAt().orElse(null);
            if (start != null && !scope.machine().states().containsKey(start.value())) {
                ctx.report(this, start.position(), "StartAt names \"" + start.value() + "\", which is not a state of "
                        + scope.label(), Targets.suggest(start.value(), scope.machine()));
            }
        }
    }
}
