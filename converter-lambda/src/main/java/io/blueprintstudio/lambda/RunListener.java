package io.blueprintstudio.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.blueprintstudio.convert.ConversionListener;

/**
 * Remembers how far a run got, for the log line of a failed run, and stops the conversion shortly before the
 * Lambda's time runs out: a stopped conversion aborts its uploads and reports a failure, whereas a run killed at
 * the time limit leaves an incomplete multipart upload and never reaches the state machine's report step.
 */
final class RunListener implements ConversionListener {
    private static final long MAX_MARGIN_MS = 10_000;

    private final Context context;
    private final long marginMs;
    private volatile long rowsRead;

    RunListener(Context context) {
        this.context = context;
        // A tenth of the time left at the start, so short timeouts still leave room to convert.
        this.marginMs = context == null ? 0 : Math.min(MAX_MARGIN_MS, context.getRemainingTimeInMillis() / 10);
    }

    @Override
    public void progress(long bytesRead, long totalBytes, long rowsRead) {
        this.rowsRead = rowsRead;
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted()
                || context != null && context.getRemainingTimeInMillis() < marginMs;
    }

    long rowsRead() {
        return rowsRead;
    }
}
