package io.blueprintstudio.ui.convert;

import io.blueprintstudio.convert.ConversionReport;
import java.time.Duration;
import java.util.Locale;

/** Byte counts, row counts and durations as people read them. */
final class Sizes {
    private Sizes() {
    }

    static String bytes(long bytes) {
        return ConversionReport.humanBytes(bytes);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String duration(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }
}
