package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;
import java.util.Set;

/**
 * A state may only have the fields its type defines (Step Functions rejects the others), and a machine only
 * StartAt, States, Comment, Version, TimeoutSeconds and QueryLanguage.
 */
public final class UnknownFieldRule implements AslRule {
    private static final Set<String> MACHINE = Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds",
            "QueryLanguage");
    private static final Set<String> NESTED = Set.of("StartAt", "States", "Comment", "ProcessorConfig");

    @Override
    public String code() {
        return "ASL-UNKNOWN-FIELD";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "no fields other than those the state's type defines";
    }

    @Override
    public void check(AslContext ctx) {
        for (Scope scope : ctx.scopes()) {
            Set<String> allowed = scope.nested() ? NESTED : MACHINE;
            for (SourceValue.Member m : scope.machine().source().members().values()) {
                if (!allowed.contains(m.key())) {
                    ctx.report(this, m.keyPosition(), scope.label() + " does not take the field \"" + m.key() + "\"",
                            "remove it, or check its spelling; allowed: " + String.join(", ", sorted(allowed)));
                }
            }
        }
        for (State s : ctx.allStates()) {
            Set<String> allowed = s.type().map(Fields.ALLOWED::get).orElse(null);
            if (allowed == null || isJsonata(s)) {
                continue;
            }
            for (SourceValue.Member m : s.source().members().values()) {
                if (!allowed.contains(m.key()) && !Fields.ANY_STATE.contains(m.key())) {
                    ctx.report(this, m.keyPosition(),
                            "a " + s.type().orElseThrow() + " state does not take the field \"" + m.key() + "\"",
                            hintFor(s, m.key(), allowed));
                }
            }
        }
    }

    private static boolean isJsonata(State s) {
        return s.source().get("QueryLanguage").filter(v -> Fields.show(v).equals("\"JSONata\"")).isPresent();
    }

    private static String hintFor(State s, String key, Set<String> allowed) {
        if ((key.equals("Next") || key.equals("End")) && s.type().filter(t -> t.equals("Choice")).isPresent()) {
            return "a Choice state moves on through its Choices and Default";
        }
        if (key.equals("Next") || key.equals("End")) {
            return "Succeed and Fail states end the machine; remove \"" + key + "\"";
        }
        return "remove it, or check its spelling; allowed: " + String.join(", ", sorted(allowed));
    }

    private static java.util.List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
