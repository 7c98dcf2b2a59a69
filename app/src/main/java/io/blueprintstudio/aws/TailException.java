package io.blueprintstudio.aws;

/** A tail, list or start that cannot go on; the message is for the user and names what was asked for. */
public final class TailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TailException(String message) {
        super(message);
    }

    public TailException(String message, Throwable cause) {
        super(message, cause);
    }
}
