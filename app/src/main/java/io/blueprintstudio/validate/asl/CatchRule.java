package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;
import java.util.Set;

/** Catch entries: a non-empty ErrorEquals of strings (States.ALL alone, last), a Next, no other fields. */
public final class CatchRule implements AslRule {
    private static final Set<String> FIELDS = Set.of("ErrorEquals", "Next", "ResultPath", "Comment");

    @Override
    public String code() {
        return "ASL-CATCH";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Catch entries are well formed (ErrorEquals, a Next, ResultPath)";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (!(s.source().get("Catch").orElse(null) instanceof SourceValue.Arr catches)) {
                continue;
            }
            ErrorEquals.check(ctx, this, s.name(), "Catch", catches.items());
            for (SourceValue item : catches.items()) {
                if (!(item instanceof SourceValue.Obj c)) {
                    continue;
                }
                var next = c.get("Next");
                if (next.isEmpty() || !Fields.isString(next.get())) {
                    ctx.report(this, next.map(SourceValue::position).orElse(c.position()),
                            "a Catch of \"" + s.name() + "\" needs a Next naming the state that handles the error",
                            "add \"Next\": \"<state>\"");
                }
                for (SourceValue.Member m : c.members().values()) {
                    if (!FIELDS.contains(m.key())) {
                        ctx.report(this, m.keyPosition(), "a Catch entry does not take the field \"" + m.key() + "\"",
                                "allowed: Comment, ErrorEquals, Next, ResultPath");
                    }
                }
            }
        }
    }
}
