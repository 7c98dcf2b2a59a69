package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;

/** Every machine and branch has at least one state that ends it: Succeed, Fail, or "End": true. */
public final class NoTerminalStateRule implements AslRule {
    @Override
    public String code() {
        return "ASL-NO-TERMINAL";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "every machine and branch has a Succeed, a Fail or an \"End\": true state";
    }

    @Override
    public void check(AslContext ctx) {
        for (Scope scope : ctx.scopes()) {
            if (scope.machine().states().isEmpty()) {
                continue;
            }
            if (scope.machine().states().values().stream().noneMatch(State::isTerminal)) {
                ctx.report(this, scope.machine().position(), scope.label() + " has no state that ends it",
                        "give the last state \"End\": true, or add a Succeed or Fail state");
            }
        }
    }
}
