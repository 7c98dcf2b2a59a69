package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.JsonPointer;

/** Pointers shown to people: {@code /functions/0/memorySizeMB} → {@code functions[0].memorySizeMB}. */
final class Paths {
    private Paths() {
    }

    static String human(String pointer) {
        StringBuilder s = new StringBuilder();
        for (String seg : JsonPointer.segments(pointer)) {
            if (!seg.isEmpty() && seg.chars().allMatch(Character::isDigit)) {
                s.append('[').append(seg).append(']');
            } else {
                s.append(s.length() == 0 ? "" : ".").append(seg);
            }
        }
        return s.length() == 0 ? "the top level" : s.toString();
    }
}
