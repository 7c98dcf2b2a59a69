package io.blueprintstudio.validate.asl;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks ASL paths with Jayway JsonPath: a Path ({@code $.a[0].b}, a filter allowed), a Reference Path (one node:
 * no filters, wildcards, slices or deep scans), a context path {@code $$.Execution.Id}, a variable {@code $name.x},
 * and, where a payload template allows it, an intrinsic function call {@code States.Format('{}', $.a)}.
 */
final class AslPaths {
    static final Set<String> INTRINSICS = Set.of("States.Format", "States.StringToJson", "States.JsonToString",
            "States.Array", "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange",
            "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode",
            "States.Base64Decode", "States.Hash", "States.JsonMerge", "States.MathRandom", "States.MathAdd",
            "States.StringSplit", "States.UUID");
    private static final Pattern VARIABLE = Pattern.compile("^\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CALL = Pattern.compile("^(States\\.[A-Za-z0-9]+)\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private AslPaths() {
    }

    /** Why {@code path} is not a valid Path (or Reference Path when {@code reference}), or empty when it is. */
    static Optional<String> pathProblem(String path, boolean reference) {
        String p = path.trim();
        if (p.startsWith("$$")) {
            p = p.substring(1);
        } else {
            Matcher v = VARIABLE.matcher(p);
            if (v.find()) {
                p = "$" + p.substring(v.end());
            }
        }
        if (!p.startsWith("$")) {
            return Optional.of("a path starts with $ (or $$ for the context object)");
        }
        Optional<String> brackets = bracketProblem(p);
        if (brackets.isPresent()) {
            return brackets;
        }
        try {
            JsonPath.compile(p);
        } catch (InvalidPathException | IllegalArgumentException e) {
            return Optional.of(e.getMessage() == null ? "not a valid JSONPath" : e.getMessage());
        }
        if (reference && (p.contains("..") || p.contains("*") || p.contains("?(") || p.contains("@")
                || p.matches(".*\\[[^\\]'\"]*[:,][^\\]]*\\].*"))) {
            return Optional.of("must be a reference path, naming one node: no filters, wildcards, slices or '..'");
        }
        return Optional.empty();
    }

    /** Jayway accepts some unterminated paths ({@code $.a[}); check brackets, quotes and a dangling dot first. */
    private static Optional<String> bracketProblem(String p) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth < 0) {
                return Optional.of("unexpected ']' at " + (i + 1));
            }
        }
        if (quote != 0) {
            return Optional.of("unterminated quoted name");
        }
        if (depth != 0) {
            return Optional.of("unclosed '['");
        }
        if (p.endsWith(".")) {
            return Optional.of("the path ends with '.'");
        }
        return Optional.empty();
    }

    /** The problem with the value of a {@code "key.$"} field: a path or an intrinsic function call. */
    static Optional<String> dynamicValueProblem(String value) {
        String v = value.trim();
        if (v.startsWith("States.")) {
            return intrinsicProblem(v);
        }
        return pathProblem(v, false);
    }

    private static Optional<String> intrinsicProblem(String call) {
        Matcher m = CALL.matcher(call);
        if (!m.matches()) {
            return Optional.of("an intrinsic function is called as States.Name(arguments)");
        }
        if (!INTRINSICS.contains(m.group(1))) {
            return Optional.of("unknown intrinsic function " + m.group(1));
        }
        List<String> args;
        try {
            args = arguments(m.group(2));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        for (String a : args) {
            String arg = a.trim();
            if (arg.isEmpty()) {
                return Optional.of("empty argument in " + m.group(1));
            }
            if (arg.startsWith("'") || NUMBER.matcher(arg).matches() || arg.equals("true") || arg.equals("false")
                    || arg.equals("null")) {
                continue;
            }
            Optional<String> p = arg.startsWith("States.") ? intrinsicProblem(arg) : pathProblem(arg, false);
            if (p.isPresent()) {
                return Optional.of("argument " + arg + ": " + p.get());
            }
        }
        return Optional.empty();
    }

    /** Splits at top-level commas, minding 'quoted strings' (with \ escapes) and nested parentheses. */
    private static List<String> arguments(String s) {
        List<String> out = new ArrayList<>();
        if (s.isBlank()) {
            return out;
        }
        int depth = 0;
        boolean quoted = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < s.length()) {
                    cur.append(c).append(s.charAt(++i));
                    continue;
                }
                quoted = c != '\'';
            } else if (c == '\'') {
                quoted = true;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated string in intrinsic function arguments");
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced parentheses in intrinsic function arguments");
        }
        out.add(cur.toString());
        return out;
    }
}
