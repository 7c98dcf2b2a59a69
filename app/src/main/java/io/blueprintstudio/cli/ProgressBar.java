package io.blueprintstudio.cli;

import io.blueprintstudio.convert.ConversionListener;
import io.blueprintstudio.convert.ConversionReport;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most five times a second, and the cancel switch that Ctrl-C flips
 * (see {@link ConvertCommand}).
 */
final class ProgressBar implements ConversionListener {
    enum When { AUTO, ALWAYS, NEVER }

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final boolean enabled;
    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;
    private volatile boolean cancelled;

    ProgressBar(When when, PrintStream err) {
        this.enabled = when == When.ALWAYS || (when == When.AUTO && System.console() != null);
        this.err = err;
    }

    @Override
    public void progress(long bytesRead, long totalBytes, long rowsRead) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String rate = ConversionReport.humanBytes((long) (bytesRead / seconds)) + "/s";
        StringBuilder line = new StringBuilder("\r");
        if (totalBytes > 0) {
            double f = Math.min(1, (double) bytesRead / totalBytes);
            int filled = (int) Math.round(f * WIDTH);
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", f * 100))
                    .append(ConversionReport.humanBytes(bytesRead)).append(" of ").append(ConversionReport.humanBytes(totalBytes));
        } else {
            line.append(ConversionReport.humanBytes(bytesRead));
        }
        line.append(String.format(Locale.ROOT, "  %,d rows  %s ", rowsRead, rate));
        err.print(line);
        err.flush();
        drawn = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    /** Ends the bar's line so what follows starts clean. */
    void finish() {
        if (drawn) {
            err.println();
        }
    }
}
