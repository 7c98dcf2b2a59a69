package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.JsonPointer;
import java.util.List;
import java.util.Map;

/** Visits a plain value tree (maps, lists, scalars) with the JSON pointer of every node. */
final class Walk {
    /** Called for every map key (with the pointer of its value) and every scalar string value. */
    interface Visitor {
        default void key(String pointer, String key) {
        }

        default void string(String pointer, String value) {
        }
    }

    private Walk() {
    }

    static void walk(Object value, String pointer, Visitor visitor) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String child = JsonPointer.append(pointer, String.valueOf(k));
                visitor.key(child, String.valueOf(k));
                walk(v, child, visitor);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), JsonPointer.append(pointer, i), visitor);
            }
        } else if (value instanceof String s) {
            visitor.string(pointer, s);
        }
    }

    static String str(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : null;
    }

    static Map<?, ?> map(Object v) {
        return v instanceof Map<?, ?> m ? m : Map.of();
    }

    static List<?> list(Object v) {
        return v instanceof List<?> l ? l : List.of();
    }

    /** A string still holding a template or a deploy-time token: not checkable before deployment. */
    static boolean unresolved(String s) {
        return s.contains("{{") || s.contains("${");
    }
}
