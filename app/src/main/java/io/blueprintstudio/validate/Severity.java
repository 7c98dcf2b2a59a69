package io.blueprintstudio.validate;

/** How much a diagnostic matters: errors stop synth and deploy, warnings and notes do not. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE
}
