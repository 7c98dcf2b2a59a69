package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import io.blueprintstudio.validate.Severity;

/** A machine (or branch) needs a StartAt string and a non-empty States object whose members are objects. */
public final class StructureRule implements AslRule {
    @Override
    public String code() {
        return "ASL-STRUCTURE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "StartAt is a string; States is a non-empty object of state objects";
    }

    @Override
    public void check(AslContext ctx) {
        for (Scope scope : ctx.scopes()) {
            SourceValue.Obj src = scope.machine().source();
            var startAt = src.get("StartAt");
            if (startAt.isEmpty()) {
                ctx.report(this, src.position(), scope.label() + " has no StartAt",
                        "add \"StartAt\": \"<name of the first state>\"");
            } else if (!(startAt.get() instanceof SourceValue.Scalar s && s.isString())) {
                ctx.report(this, startAt.get().position(), "StartAt must be a string, not " + startAt.get().typeName(),
                        "name the first state");
            }
            var states = src.get("States");
            if (states.isEmpty()) {
                ctx.report(this, src.position(), scope.label() + " has no States", "add a \"States\" object");
            } else if (!(states.get() instanceof SourceValue.Obj so)) {
                ctx.report(this, states.get().position(), "States must be an object, not " + states.get().typeName(),
                        "map each state's name to its definition");
            } else if (so.members().isEmpty()) {
                ctx.report(this, so.position(), "States is empty", "add at least one state");
            } else {
                for (SourceValue.Member m : so.members().values()) {
                    if (!(m.value() instanceof SourceValue.Obj)) {
                        ctx.report(this, m.value().position(),
                                "state \"" + m.key() + "\" must be an object, not " + m.value().typeName(), "");
                    }
                }
            }
        }
    }
}
