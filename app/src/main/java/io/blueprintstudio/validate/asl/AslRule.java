package io.blueprintstudio.validate.asl;

import io.blueprintstudio.validate.Severity;

/**
 * One ASL check: a stable code, the severity of what it reports, and a check over a whole definition (every
 * nested branch included, through {@link AslContext#scopes()}). Rules report through the context; they keep no
 * state and may be shared.
 */
public interface AslRule {

    /** The stable id, {@code ASL-...}; never reused for another meaning. */
    String code();

    Severity severity();

    /** One line saying what the rule checks, for documentation and {@code --list-rules}. */
    String description();

    void check(AslContext context);
}
