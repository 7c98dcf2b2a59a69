package io.blueprintstudio.convert;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Where the CSV comes from. The converter may open it more than once: once to sample for the schema and again to
 * convert, and again after widening a column, so an implementation must be able to start over.
 */
public interface CsvSource {
    /** A name for messages and reports, such as a path or an {@code s3://} URL. */
    String name();

    /** The size in bytes when known, for progress. */
    OptionalLong size();

    /** A fresh stream from the first byte. */
    InputStream open() throws IOException;
}
