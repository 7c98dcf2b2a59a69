package io.blueprintstudio.aws;

/** Set by the user (Cancel, Ctrl+C) and read by a running deploy between its calls. */
public final class CancelSignal {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    /** True once cancelled, or when the running thread was interrupted (a cancelled background task). */
    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }
}
