package io.blueprintstudio.ui.forms;

/** How a config value is edited, and so which control the form shows for it. */
public enum FieldKind {
    /** Free text (descriptions, paths, principals). */
    TEXT,
    /** A name AWS restricts to a pattern and length. */
    NAME,
    /** An ARN, or an MDAA reference that resolves to one. */
    ARN,
    /** A whole number within bounds. */
    NUMBER,
    /** One of a fixed set of words. */
    CHOICE,
    /** true or false. */
    BOOLEAN
}
