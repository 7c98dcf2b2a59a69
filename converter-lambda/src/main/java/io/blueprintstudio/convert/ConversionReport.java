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
}
