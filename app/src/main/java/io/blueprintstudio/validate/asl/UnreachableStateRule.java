package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;
import java.util.Map;

/** Every state can be reached from StartAt. */
public final class UnreachableStateRule implements AslRule {
    @Override
    public String code() {
        return "ASL-UNREACHABLE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "every state can be reached from StartAt";
    }

    @Override
    public void check(AslContext ctx) {
        for (Scope scope : ctx.scopes()) {
            if (scope.machine().startAt().isEmpty()
                    || !scope.machine().states().containsKey(scope.machine().startAt().get().value())) {
                continue; // StructureRule / StartAtRule report it; everything would be unreachable
            }
            Map<String, State> reached = Targets.reachable(scope.machine());
            for (State s : scope.machine().states().values()) {
                if (!reached.containsKey(s.name())) {
                    ctx.report(this, s.position(), "state \"" + s.name() + "\" cannot be reached from StartAt \""
                            + scope.machine().startAt().get().value() + "\"",
                            "point a Next, Choice or Catch at it, or delete it");
                }
            }
        }
    }
}
