package io.blueprintstudio.validate;

import java.util.Objects;

/**
 * What one diagnostic code means, for documentation, {@code --format sarif} rule descriptors and tests.
 *
 * @param code     the stable id a {@link Diagnostic} carries
 * @param severity the severity it is usually reported with
 * @param title    one line: what the rule checks
 * @param help     why it matters and how to fix it
 */
public record RuleInfo(String code, Severity severity, String title, String help) {

    public RuleInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        help = help == null ? "" : help;
    }
}
