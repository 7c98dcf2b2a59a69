package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.SourceValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Which fields each state type allows (JSONPath query language), and small helpers over source values. */
final class Fields {
    private static final Set<String> IO = Set.of("InputPath", "OutputPath");
    private static final Set<String> FLOW = Set.of("Next", "End");
    private static final Set<String> RESULT = Set.of("ResultPath", "Parameters", "ResultSelector", "Retry", "Catch");

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "Task", union(IO, FLOW, RESULT, Set.of("Resource", "TimeoutSeconds", "TimeoutSecondsPath",
                    "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials")),
            "Pass", union(IO, FLOW, Set.of("ResultPath", "Parameters", "Result")),
            "Choice", union(IO, Set.of("Choices", "Default")),
            "Wait", union(IO, FLOW, Set.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath")),
            "Succeed", IO,
            "Fail", Set.of("Error", "ErrorPath", "Cause", "CausePath"),
            "Parallel", union(IO, FLOW, RESULT, Set.of("Branches")),
            "Map", union(IO, FLOW, RESULT, Set.of("ItemsPath", "ItemSelector", "ItemProcessor", "Iterator",
                    "ItemReader", "ItemBatcher", "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath",
                    "ToleratedFailureCount", "ToleratedFailureCountPath", "ToleratedFailurePercentage",
                    "ToleratedFailurePercentagePath", "Label")));

    /** Fields every state may have. */
    static final Set<String> ANY_STATE = Set.of("Type", "Comment", "QueryLanguage", "Assign");

    private Fields() {
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    static boolean isString(SourceValue v) {
        return v instanceof SourceValue.Scalar s && s.isString();
    }

    static boolean isInteger(SourceValue v) {
        if (!(v instanceof SourceValue.Scalar s) || !s.isNumber()) {
            return false;
        }
        Object n = s.value();
        if (n instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0;
        }
        return n instanceof Long || n instanceof Integer || n instanceof BigInteger || n instanceof Short;
    }

    static double number(SourceValue v) {
        return ((Number) ((SourceValue.Scalar) v).value()).doubleValue();
    }

    static boolean isNumber(SourceValue v) {
        return v instanceof SourceValue.Scalar s && s.isNumber();
    }

    /** A value as a message shows it: strings quoted, others as JSON type names or literals. */
    static String show(SourceValue v) {
        if (v instanceof SourceValue.Scalar s) {
            return s.isString() ? "\"" + s.value() + "\"" : String.valueOf(s.value());
        }
        return "(" + v.typeName() + ")";
    }
}
