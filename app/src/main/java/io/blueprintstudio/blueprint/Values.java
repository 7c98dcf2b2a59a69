package io.blueprintstudio.blueprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lenient reads from a plain value tree for the typed views. A view field is null when the key is absent or its
 * value cannot be read as the field's type; the exact value (for schema checks) stays in the view's {@code raw()}.
 */
final class Values {

    private Values() {
    }

    static Object get(Map<String, Object> map, String key) {
        return map == null ? null : map.get(key);
    }

    static String str(Map<String, Object> map, String key) {
        Object v = get(map, key);
        return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : null;
    }

    static Integer integer(Map<String, Object> map, String key) {
        Object v = get(map, key);
        try {
            if (v instanceof Number n) {
                return new BigDecimal(n.toString()).intValueExact();
            }
            if (v instanceof String s) {
                return Integer.valueOf(s.trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    static Boolean bool(Map<String, Object> map, String key) {
        Object v = get(map, key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : null;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object v) {
        return v instanceof Map<?, ?> m ? Collections.unmodifiableMap((Map<String, Object>) m) : Map.of();
    }

    static Map<String, Object> map(Map<String, Object> map, String key) {
        return map(get(map, key));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> map, String key) {
        Object v = get(map, key);
        return v instanceof List<?> l ? Collections.unmodifiableList((List<Object>) l) : List.of();
    }

    static List<String> strings(Map<String, Object> map, String key) {
        List<String> out = new ArrayList<>();
        for (Object o : list(map, key)) {
            if (o != null && !(o instanceof Map) && !(o instanceof List)) {
                out.add(String.valueOf(o));
            }
        }
        return List.copyOf(out);
    }

    static Map<String, String> stringMap(Map<String, Object> map, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        map(map, key).forEach((k, v) -> {
            if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                out.put(k, String.valueOf(v));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    static List<Suppression> suppressions(Map<String, Object> map, String key) {
        List<Suppression> out = new ArrayList<>();
        for (Object o : list(map, key)) {
            Map<String, Object> s = map(o);
            out.add(new Suppression(str(s, "id"), str(s, "reason")));
        }
        return List.copyOf(out);
    }

    /** A deep, mutable copy, so merged contexts never alias the documents they came from. */
    @SuppressWarnings("unchecked")
    static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, deepCopy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            ((List<Object>) l).forEach(x -> out.add(deepCopy(x)));
            return out;
        }
        return v;
    }
}
