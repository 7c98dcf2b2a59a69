package io.blueprintstudio.ui.forms;

import java.util.List;
import java.util.Objects;

/**
 * One editable value of a config file, as data: where it is in the (merged) document, how it is edited and what
 * it may hold. The forms are built from lists of these, so adding a field is adding a line to {@link FormSpecs}.
 *
 * @param pointer JSON pointer into the module's merged document (or into {@code mdaa.yaml})
 * @param regex   for {@link FieldKind#NAME}: what a valid name matches; {@code rule} says it in words
 *                (a String, not a Pattern, so specs compare by value)
 */
public record FieldSpec(String label, String pointer, FieldKind kind, List<String> choices, long min, long max,
        String regex, String rule, String help) {

    public FieldSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        rule = rule == null ? "" : rule;
        help = help == null ? "" : help;
    }

    static FieldSpec text(String label, String pointer, String help) {
        return new FieldSpec(label, pointer, FieldKind.TEXT, List.of(), 0, 0, null, null, help);
    }

    static FieldSpec name(String label, String pointer, String regex, String rule, String help) {
        return new FieldSpec(label, pointer, FieldKind.NAME, List.of(), 0, 0, regex, rule, help);
    }

    static FieldSpec arn(String label, String pointer, String help) {
        return new FieldSpec(label, pointer, FieldKind.ARN, List.of(), 0, 0, null, null, help);
    }

    static FieldSpec number(String label, String pointer, long min, long max, String help) {
        return new FieldSpec(label, pointer, FieldKind.NUMBER, List.of(), min, max, null, null, help);
    }

    static FieldSpec choice(String label, String pointer, List<String> choices, String help) {
        return new FieldSpec(label, pointer, FieldKind.CHOICE, choices, 0, 0, null, null, help);
    }

    static FieldSpec bool(String label, String pointer, String help) {
        return new FieldSpec(label, pointer, FieldKind.BOOLEAN, List.of(), 0, 0, null, null, help);
    }

    /** The key this field writes in its parent mapping. */
    public String key() {
        return io.blueprintstudio.blueprint.JsonPointer.last(pointer);
    }
}
