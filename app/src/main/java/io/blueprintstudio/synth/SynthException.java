package io.blueprintstudio.synth;

/** Synthesis cannot run at all (no {@code node}, an output folder that cannot be written); the message says why. */
public final class SynthException extends Exception {
    private static final long serialVersionUID = 1L;

    public SynthException(String message, Throwable cause) {
        super(message, cause);
    }

    public SynthException(String message) {
        super(message);
    }
}
