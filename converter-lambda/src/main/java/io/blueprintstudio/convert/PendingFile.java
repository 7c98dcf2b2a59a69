package io.blueprintstudio.convert;

import java.io.IOException;
import org.apache.parquet.io.PositionOutputStream;

/** A file being written that becomes visible at its final location only when committed. */
public interface PendingFile {
    /** The stream to write to; closing it does not commit. */
    PositionOutputStream stream();

    /** The final location, such as a path or an {@code s3://} URL. */
    String location();

    /** Makes the file visible at its final location in one step, replacing what was there. */
    void commit() throws IOException;

    /** Discards what was written. Safe to call more than once and after a failed commit. */
    void abort();
}
