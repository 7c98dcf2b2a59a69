package io.blueprintstudio.sandbox;

/** Hears how starting the sandbox goes: what it is doing now, and how far it is (0..1, or -1 when unknown). */
@FunctionalInterface
public interface SandboxProgress {
    SandboxProgress NONE = (message, fraction) -> { };

    void update(String message, double fraction);
}
