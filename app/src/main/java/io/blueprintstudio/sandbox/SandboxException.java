package io.blueprintstudio.sandbox;

/** The sandbox could not be installed, started or reached; the message says why and what to do, for the user. */
public final class SandboxException extends Exception {
    private static final long serialVersionUID = 1L;

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
