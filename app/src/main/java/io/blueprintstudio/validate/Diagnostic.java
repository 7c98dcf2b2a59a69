package io.blueprintstudio.validate;

import java.util.Objects;

/**
 * One thing wrong with a blueprint, where it is and how to fix it.
 *
 * @param code    a stable rule id, such as {@code ASL-NEXT-MISSING} or {@code MDAA-SCHEMA}
 * @param file    the file, relative to the blueprint folder, with forward slashes
 * @param line    1-based line, or 0 when the problem is about the file as a whole
 * @param column  1-based column, or 0
 * @param pointer a JSON pointer into the document (e.g. {@code /States/Report Result/Next}), or empty
 * @param message what is wrong, in the user's words
 * @param hint    how to fix it, or empty
 */
public record Diagnostic(Severity severity, String code, String file, int line, int column, String pointer,
        String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        pointer = pointer == null ? "" : pointer;
        hint = hint == null ? "" : hint;
    }

    /** {@code file:line:column: severity: message [code]}, the form compilers and editors understand. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message)
                .append(" [").append(code).append(']');
        if (!hint.isEmpty()) {
            s.append("\n  hint: ").append(hint);
        }
        return s.toString();
    }
}
