package io.blueprintstudio.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lenient reads from resolved config value trees, for settings the typed views do not carry. */
final class ConfigValues {
    private ConfigValues() {
    }

    /** The value as a map, or an empty map when it is not one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Each item of a list as text; empty when the value is not a list. */
    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }

    /** A whole number written as a number or as text; null otherwise. */
    static Integer integer(Object o) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        try {
            return o == null ? null : Integer.valueOf(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
