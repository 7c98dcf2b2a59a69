package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.Text;
import io.blueprintstudio.validate.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Paths are valid JSONPath: InputPath, OutputPath, ItemsPath, the ...Path fields of Wait, Fail, Task and Choice
 * rules (Paths), ResultPath and Catch ResultPath (Reference Paths), and the values of {@code "key.$"} fields in
 * Parameters, ResultSelector and ItemSelector (a path, a context path {@code $$.}, or an intrinsic function).
 */
public final class JsonPathRule implements AslRule {
    private static final List<String> PATHS = List.of("InputPath", "OutputPath", "ItemsPath", "SecondsPath",
            "TimestampPath", "ErrorPath", "CausePath", "TimeoutSecondsPath", "HeartbeatSecondsPath",
            "MaxConcurrencyPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath");
    private static final Set<String> REFERENCE_ONLY = Set.of("ItemsPath", "SecondsPath", "TimestampPath",
            "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath");
    private static final List<String> TEMPLATES = List.of("Parameters", "ResultSelector", "ItemSelector");

    @Override
    public String code() {
        return "ASL-JSONPATH";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "InputPath, OutputPath, ResultPath, ItemsPath and \"key.$\" values are valid JSONPath";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            if (s.source().get("QueryLanguage").map(Fields::show).filter("\"JSONata\""::equals).isPresent()) {
                continue;
            }
            for (String field : PATHS) {
                s.source().get(field).filter(Fields::isString)
                        .ifPresent(v -> path(ctx, s, field, text(v), REFERENCE_ONLY.contains(field)));
            }
            s.common().resultPath().filter(t -> t.value() != null)
                    .ifPresent(t -> path(ctx, s, "ResultPath", t, true));
            for (State.Catcher c : s.common().catchers()) {
                c.resultPath().filter(t -> t.value() != null).ifPresent(t -> path(ctx, s, "Catch ResultPath", t, true));
            }
            if (s instanceof State.Choice c) {
                for (State.ChoiceRule r : c.choices()) {
                    for (Text t : r.paths()) {
                        path(ctx, s, "Choice rule path", t, false);
                    }
                }
            }
            for (String field : TEMPLATES) {
                s.source().get(field).ifPresent(v -> template(ctx, s, field, v));
            }
        }
    }

    private void path(AslContext ctx, State s, String field, Text t, boolean reference) {
        Optional<String> problem = AslPaths.pathProblem(t.value(), reference);
        problem.ifPresent(p -> ctx.report(this, t.position(), field + " of \"" + s.name() + "\" is not a valid "
                + (reference ? "reference path" : "path") + ": \"" + t.value() + "\" — " + p,
                "e.g. \"$\", \"$.detail.object.key\", \"$.items[0]\""));
    }

    private void template(AslContext ctx, State s, String field, SourceValue v) {
        if (v instanceof SourceValue.Obj o) {
            for (SourceValue.Member m : o.members().values()) {
                if (m.key().endsWith(".$")) {
                    if (!Fields.isString(m.value())) {
                        ctx.report(this, m.value().position(), "\"" + m.key() + "\" in " + field + " of \"" + s.name()
                                + "\" must be a path string, not " + m.value().typeName(),
                                "drop the .$ from the key to pass the value as it is");
                        continue;
                    }
                    String value = (String) ((SourceValue.Scalar) m.value()).value();
                    AslPaths.dynamicValueProblem(value).ifPresent(p -> ctx.report(this, m.value().position(),
                            "\"" + m.key() + "\" in " + field + " of \"" + s.name() + "\" is not a valid path or "
                                    + "intrinsic function: \"" + value + "\" — " + p,
                            "a key ending in .$ takes a path ($.x, $$.Execution.Id) or States.Format(...); "
                                    + "drop the .$ to pass a literal"));
                } else {
                    template(ctx, s, field, m.value());
                }
            }
        } else if (v instanceof SourceValue.Arr a) {
            a.items().forEach(i -> template(ctx, s, field, i));
        }
    }

    private static Text text(SourceValue v) {
        return new Text((String) ((SourceValue.Scalar) v).value(), v.position());
    }
}
