package io.blueprintstudio.cli;

import io.blueprintstudio.synth.SynthProgress;
import java.io.PrintStream;
import java.util.Locale;

/** Synthesis steps on stderr in {@code convert}'s bar style, one redrawn line, when stderr is a terminal. */
final class StepLine implements SynthProgress {
    private static final int WIDTH = 30;

    private final boolean enabled;
    private final PrintStream err;
    private int lastLength;

    StepLine(ProgressBar.When when, PrintStream err) {
        this.enabled = when == ProgressBar.When.ALWAYS || (when == ProgressBar.When.AUTO && System.console() != null);
        this.err = err;
    }

    @Override
    public void step(String step, double fraction) {
        if (!enabled) {
            return;
        }
        double f = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(f * WIDTH);
        String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3.0f%% ", f * 100) + step;
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Ends the line so what follows starts clean. */
    void finish() {
        if (enabled && lastLength > 0) {
            err.println();
            lastLength = 0;
        }
    }
}
