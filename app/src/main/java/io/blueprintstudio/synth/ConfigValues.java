package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.Suppression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a module config with MDAA's templates resolved, and where it sits in the merged document. The one
 * place synthesis reads a typed setting: it coerces as MDAA does before its schema check (and as the validator
 * accepts), so a value written as a template ({@code memorySizeMB: "{{context:mem}}"}) is built as the number,
 * boolean or list it resolves to. A missing value reads as null (or empty), never as an error.
 *
 * @param pointer where the value sits in the module's merged document
 * @param value   the resolved value: a map, a list, a scalar, or null when absent
 */
record ConfigValues(String pointer, Object value) {

    /** A module's whole resolved document. */
    static ConfigValues root(Object resolvedDocument) {
        return new ConfigValues("", resolvedDocument);
    }

    /** The value under a map key or a list index ({@code "3"}); absent when there is none. */
    ConfigValues at(String key) {
        String child = JsonPointer.append(pointer, key);
        if (value instanceof Map<?, ?> m) {
            return new ConfigValues(child, m.get(key));
        }
        if (value instanceof List<?> l && key.matches("\\d{1,9}") && Integer.parseInt(key) < l.size()) {
            return new ConfigValues(child, l.get(Integer.parseInt(key)));
        }
        return new ConfigValues(child, null);
    }

    boolean present() {
        return value != null;
    }

    /** A scalar as text (numbers and booleans too); null for a map, a list or nothing. */
    String text() {
        return value instanceof String || value instanceof Number || value instanceof Boolean ? String.valueOf(value)
                : null;
    }

    String text(String key) {
        return at(key).text();
    }

    /** A whole number, written as one or as text that is one ({@code "512"}); null otherwise. */
    Integer integer() {
        String s = value instanceof Number || value instanceof String ? String.valueOf(value).trim() : null;
        try {
            return s == null ? null : new BigDecimal(s).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    Integer integer(String key) {
        return at(key).integer();
    }

    /** {@code true}/{@code false}, written as a boolean or as that text; null otherwise. */
    Boolean bool() {
        if (value instanceof Boolean b) {
            return b;
        }
        return "true".equals(text()) ? Boolean.TRUE : "false".equals(text()) ? Boolean.FALSE : null;
    }

    Boolean bool(String key) {
        return at(key).bool();
    }

    /** The items of a list; a single scalar is a one-item list, as MDAA coerces it; nothing is empty. */
    List<ConfigValues> items() {
        List<ConfigValues> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                out.add(new ConfigValues(JsonPointer.append(pointer, i), l.get(i)));
            }
        } else if (text() != null) {
            out.add(this);
        }
        return out;
    }

    /** The text of each scalar item of a list (see {@link #items()}). */
    List<String> strings() {
        return items().stream().map(ConfigValues::text).filter(s -> s != null).toList();
    }

    List<String> strings(String key) {
        return at(key).strings();
    }

    /** The entries of a map in config order; empty when the value is not a map. */
    Map<String, ConfigValues> entries() {
        Map<String, ConfigValues> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> out.put(String.valueOf(k), at(String.valueOf(k))));
        }
        return out;
    }

    /** The value as a plain map (empty when it is not one), for settings passed on as a whole. */
    @SuppressWarnings("unchecked")
    Map<String, Object> map() {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A {@code suppressions: [{id, reason}]} list, as roles, policies and state machines write them. */
    List<Suppression> suppressions() {
        return items().stream().map(s -> new Suppression(s.text("id"), s.text("reason"))).toList();
    }
}
