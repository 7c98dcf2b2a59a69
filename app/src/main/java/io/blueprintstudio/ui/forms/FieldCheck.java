package io.blueprintstudio.ui.forms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks a form runs as the user types, before anything is written. They catch what one field shows on its
 * own; whole-blueprint rules (references, schemas) come from validation once the value is written.
 */
public final class FieldCheck {
    private static final Pattern ARN = Pattern.compile("arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):[a-z0-9-]+:"
            + "[a-z0-9-]*:(\\d{12}|aws)?:.+");

    private FieldCheck() {
    }

    /** What is wrong with {@code text} as a value of {@code spec}, or empty when it may be written. */
    public static Optional<String> problem(FieldSpec spec, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || isReference(t)) {
            return Optional.empty(); // emptiness and references are judged against the whole blueprint
        }
        return switch (spec.kind()) {
            case TEXT, BOOLEAN -> Optional.empty();
            case NAME -> t.matches(spec.regex()) ? Optional.empty()
                    : Optional.of(spec.label() + " " + spec.rule());
            case ARN -> ARN.matcher(t).matches() ? Optional.empty()
                    : Optional.of("not an ARN: expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, or a "
                            + "{{context:..}} / generated-role-arn: reference");
            case NUMBER -> number(spec, t);
            case CHOICE -> spec.choices().contains(t) ? Optional.empty()
                    : Optional.of("must be one of " + String.join(", ", spec.choices()));
        };
    }

    /** Values MDAA replaces before use: checked by validation after resolving, not here. */
    static boolean isReference(String t) {
        return t.contains("{{") || t.startsWith("generated-role-") || t.startsWith("ssm:") || t.startsWith("project:");
    }

    private static Optional<String> number(FieldSpec spec, String t) {
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            return Optional.of("not a whole number");
        }
        if (v < spec.min() || v > spec.max()) {
            return Optional.of("must be between " + spec.min() + " and " + spec.max());
        }
        return Optional.empty();
    }
}
