package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;
import java.util.HashMap;
import java.util.Map;

/** State names are unique across the whole definition, branches and item processors included. */
public final class DuplicateStateNameRule implements AslRule {
    @Override
    public String code() {
        return "ASL-DUPLICATE-STATE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "state names are unique across the definition, nested branches included";
    }

    @Override
    public void check(AslContext ctx) {
        Map<String, State> first = new HashMap<>();
        for (State s : ctx.allStates()) {
            State before = first.putIfAbsent(s.name(), s);
            if (before != null) {
                ctx.report(this, s.position(), "the state name \"" + s.name() + "\" is already used (line "
                        + before.position().line() + ")", "rename one: names must be unique in the whole machine");
            }
        }
    }
}
