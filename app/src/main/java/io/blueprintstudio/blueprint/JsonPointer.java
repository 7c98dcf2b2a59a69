package io.blueprintstudio.blueprint;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers, the one way this package names a place inside a document. */
public final class JsonPointer {

    private JsonPointer() {
    }

    /** {@code parent} extended by one key or index, escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    public static String append(String parent, String segment) {
        return parent + '/' + segment.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} extended by a list index. */
    public static String append(String parent, int index) {
        return parent + '/' + index;
    }

    /** The unescaped segments; {@code ""} has none. */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** Builds a pointer from unescaped segments. */
    public static String of(String... segments) {
        String pointer = "";
        for (String s : segments) {
            pointer = append(pointer, s);
        }
        return pointer;
    }

    /** The pointer without its last segment; {@code ""} stays {@code ""}. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped last segment, or {@code ""} for the root. */
    public static String last(String pointer) {
        List<String> s = segments(pointer);
        return s.isEmpty() ? "" : s.get(s.size() - 1);
    }

    static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)
                || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return -1;
        }
        return Integer.parseInt(segment);
    }
}
