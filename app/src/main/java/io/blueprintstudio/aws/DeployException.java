package io.blueprintstudio.aws;

/** A deploy, diff or destroy that cannot go on; the message names the stack, file or field and says what to do. */
public final class DeployException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
