package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.Text;
import io.blueprintstudio.validate.Severity;

/** Every Next, Choice rule Next, Default and Catch Next names a state of the same machine or branch. */
public final class NextTargetRule implements AslRule {
    @Override
    public String code() {
        return "ASL-NEXT-MISSING";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Next, Default and Catch Next name a state of the same machine or branch";
    }

    @Override
    public void check(AslContext ctx) {
        for (Scope scope : ctx.scopes()) {
            for (State s : scope.machine().states().values()) {
                for (Text t : Targets.of(s)) {
                    if (!scope.machine().states().containsKey(t.value())) {
                        String where = scope.nested() ? " (a branch cannot go to a state outside itself)" : "";
                        ctx.report(this, t.position(), "\"" + s.name() + "\" goes to \"" + t.value()
                                + "\", which is not a state of " + scope.label() + where,
                                Targets.suggest(t.value(), scope.machine()));
                    }
                }
            }
        }
    }
}
