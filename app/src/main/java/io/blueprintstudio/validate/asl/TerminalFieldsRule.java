package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;

/** Task, Pass, Wait, Parallel and Map states have exactly one of Next and "End": true. */
public final class TerminalFieldsRule implements AslRule {
    @Override
    public String code() {
        return "ASL-TERMINAL";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Task, Pass, Wait, Parallel and Map states have exactly one of Next and End";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (s instanceof State.Choice || s instanceof State.Succeed || s instanceof State.Fail
                    || s instanceof State.Unknown) {
                continue;
            }
            boolean next = s.source().has("Next");
            boolean end = s.source().has("End");
            if (next && end) {
                ctx.report(this, s.source().members().get("End").keyPosition(),
                        "\"" + s.name() + "\" has both Next and End", "keep Next to go on, or End to stop here");
            } else if (!next && !end) {
                ctx.report(this, s.position(), "\"" + s.name() + "\" has neither Next nor End",
                        "add \"Next\": \"<state>\", or \"End\": true if the machine ends here");
            }
        }
    }
}
