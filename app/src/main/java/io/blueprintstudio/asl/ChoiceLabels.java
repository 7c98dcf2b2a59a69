package io.blueprintstudio.asl;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a Choice rule into a readable condition: {@code $.status == "passed"}, {@code !($.n > 3)}. */
final class ChoiceLabels {
    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("Equals", "=="), Map.entry("LessThan", "<"), Map.entry("GreaterThan", ">"),
            Map.entry("LessThanEquals", "<="), Map.entry("GreaterThanEquals", ">="), Map.entry("Matches", "matches"));
    private static final List<String> KINDS = List.of("String", "Numeric", "Boolean", "Timestamp");

    private ChoiceLabels() {
    }

    /** The label; adds the Variable and every {@code ...Path} comparator value to {@code paths}. */
    static String label(SourceValue.Obj rule, List<Text> paths) {
        for (String combinator : List.of("And", "Or")) {
            if (rule.get(combinator).orElse(null) instanceof SourceValue.Arr a) {
                String joiner = combinator.equals("And") ? " && " : " || ";
                return a.items().stream().filter(SourceValue.Obj.class::isInstance)
                        .map(i -> "(" + label((SourceValue.Obj) i, paths) + ")")
                        .collect(Collectors.joining(joiner));
            }
        }
        if (rule.get("Not").orElse(null) instanceof SourceValue.Obj n) {
            return "!(" + label(n, paths) + ")";
        }
        String variable = AslReader.text(rule, "Variable").map(t -> {
            paths.add(t);
            return t.value();
        }).orElse("?");
        for (SourceValue.Member m : rule.members().values()) {
            String key = m.key();
            if (key.equals("Variable") || key.equals("Next") || key.equals("Comment")) {
                continue;
            }
            String op = operator(key);
            boolean isPath = key.endsWith("Path") && !key.startsWith("Is");
            String operand = render(m.value());
            if (isPath && m.value() instanceof SourceValue.Scalar s && s.isString()) {
                paths.add(new Text((String) s.value(), s.position()));
                operand = (String) s.value();
            }
            if (key.startsWith("Is")) {
                boolean yes = m.value() instanceof SourceValue.Scalar s && Boolean.TRUE.equals(s.value());
                String what = key.substring(2).toLowerCase(java.util.Locale.ROOT);
                return variable + (yes ? " is " : " is not ") + what;
            }
            return variable + " " + op + " " + operand;
        }
        return variable;
    }

    private static String operator(String key) {
        String k = key.endsWith("Path") ? key.substring(0, key.length() - 4) : key;
        for (String kind : KINDS) {
            if (k.startsWith(kind)) {
                return OPERATORS.getOrDefault(k.substring(kind.length()), k);
            }
        }
        return key;
    }

    private static String render(SourceValue v) {
        if (v instanceof SourceValue.Scalar s) {
            return s.isString() ? "\"" + s.value() + "\"" : String.valueOf(s.value());
        }
        return v.typeName();
    }
}
