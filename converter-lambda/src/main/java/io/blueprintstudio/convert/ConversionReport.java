package io.blueprintstudio.convert;

import java.time.Duration;
import java.util.List;

/**
 * What a conversion did. The schema's columns carry the original-to-safe name mapping.
 *
 * @param outputs         final locations of the Parquet files written (one, or one per partition value)
 * @param rejectsLocation where rejected rows went, or {@code null} when none were rejected
 * @param bytesIn         bytes of CSV read in the final pass
 * @param bytesOut        bytes of Parquet written
 */
public record ConversionReport(
        String source,
        List<String> outputs,
        Dialect dialect,
        List<Column> schema,
        long rowsRead,
        long rowsWritten,
        long rowsRejected,
        String rejectsLocation,
        long bytesIn,
        long bytesOut,
        Duration elapsed,
        List<Widening> widenings) {

    public ConversionReport {
        outputs = List.copyOf(outputs);
        schema = List.copyOf(schema);
        widenings = List.copyOf(widenings);
    }

    /** A byte count as people read it (binary units): 340 KB, 1.2 GB. The command line and the app both show it. */
    public static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
