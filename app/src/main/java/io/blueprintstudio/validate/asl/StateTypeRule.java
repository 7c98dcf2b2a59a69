package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import io.blueprintstudio.validate.Severity;
import java.util.Set;

/** Every state has a Type the language defines. */
public final class StateTypeRule implements AslRule {
    static final Set<String> TYPES = Set.of("Task", "Choice", "Pass", "Wait", "Succeed", "Fail", "Parallel", "Map");

    @Override
    public String code() {
        return "ASL-STATE-TYPE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "every state has a Type: Task, Choice, Pass, Wait, Succeed, Fail, Parallel or Map";
    }

    @Override
    public void check(AslContext ctx) {
        String hint = "use one of Task, Choice, Pass, Wait, Succeed, Fail, Parallel, Map";
        for (Scope scope : ctx.scopes()) {
            if (!(scope.machine().source().get("States").orElse(null) instanceof SourceValue.Obj states)) {
                continue;
            }
            for (SourceValue.Member m : states.members().values()) {
                if (!(m.value() instanceof SourceValue.Obj state)) {
                    continue; // StructureRule reports it
                }
                var type = state.get("Type");
                if (type.isEmpty()) {
                    ctx.report(this, state.position(), "state \"" + m.key() + "\" has no Type", hint);
                } else if (!(Fields.isString(type.get()) && TYPES.contains((String) ((SourceValue.Scalar) type.get()).value()))) {
                    ctx.report(this, type.get().position(),
                            "state \"" + m.key() + "\" has an unknown Type " + Fields.show(type.get()), hint);
                }
            }
        }
    }
}
