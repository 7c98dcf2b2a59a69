package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.validate.Severity;
import java.util.Map;
import java.util.function.Predicate;

/** The fields states share have the JSON type and range the language gives them. */
public final class FieldTypeRule implements AslRule {
    private record Expect(Predicate<SourceValue> test, String what) {
    }

    private static final Expect STRING = new Expect(Fields::isString, "a string");
    private static final Expect PATH = new Expect(v -> Fields.isString(v)
            || v instanceof SourceValue.Scalar s && s.isNull(), "a path string or null");
    private static final Expect ARRAY = new Expect(v -> v instanceof SourceValue.Arr, "an array");
    private static final Expect OBJECT = new Expect(v -> v instanceof SourceValue.Obj, "an object");
    private static final Expect POSITIVE = new Expect(v -> Fields.isInteger(v) && Fields.number(v) >= 1,
            "a positive integer");
    private static final Expect NATURAL = new Expect(v -> Fields.isInteger(v) && Fields.number(v) >= 0,
            "a non-negative integer");
    private static final Expect TRUE = new Expect(v -> v instanceof SourceValue.Scalar s
            && Boolean.TRUE.equals(s.value()), "true (leave End out when the state is not terminal)");

    private static final Map<String, Expect> EXPECT = Map.ofEntries(
            Map.entry("Next", STRING), Map.entry("End", TRUE), Map.entry("Comment", STRING),
            Map.entry("InputPath", PATH), Map.entry("OutputPath", PATH), Map.entry("ResultPath", PATH),
            Map.entry("Resource", STRING), Map.entry("TimeoutSeconds", POSITIVE),
            Map.entry("HeartbeatSeconds", POSITIVE), Map.entry("TimeoutSecondsPath", STRING),
            Map.entry("HeartbeatSecondsPath", STRING), Map.entry("Seconds", NATURAL),
            Map.entry("SecondsPath", STRING), Map.entry("Timestamp", STRING), Map.entry("TimestampPath", STRING),
            Map.entry("Choices", ARRAY), Map.entry("Default", STRING), Map.entry("Branches", ARRAY),
            Map.entry("Retry", ARRAY), Map.entry("Catch", ARRAY), Map.entry("Error", STRING),
            Map.entry("Cause", STRING), Map.entry("ErrorPath", STRING), Map.entry("CausePath", STRING),
            Map.entry("ItemsPath", STRING), Map.entry("MaxConcurrency", NATURAL),
            Map.entry("ItemProcessor", OBJECT), Map.entry("Iterator", OBJECT));

    @Override
    public String code() {
        return "ASL-FIELD-TYPE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "fields have the JSON type the language gives them (Next a string, TimeoutSeconds a positive integer, ...)";
    }

    @Override
    public void check(AslContext ctx) {
        for (State s : ctx.allStates()) {
            for (SourceValue.Member m : s.source().members().values()) {
                Expect e = EXPECT.get(m.key());
                if (e != null && !e.test().test(m.value())) {
                    ctx.report(this, m.value().position(),
                            m.key() + " of \"" + s.name() + "\" must be " + e.what() + ", not " + Fields.show(m.value()),
                            "");
                }
            }
        }
    }
}
