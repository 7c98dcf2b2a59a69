package io.blueprintstudio.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.io.api.Binary;

/**
 * A few thousand CSV records on their way from the reading thread to the writing thread: first as raw field bytes,
 * then decoded column by column into typed vectors. Batches are recycled; string values point into the raw bytes,
 * so the writer must copy what it keeps (parquet-java does for dictionaries and statistics when values are marked
 * as reused).
 */
final class RowBatch {
    /** Raw bytes past this many make the batch full even before it has {@link #capacity} rows. */
    private static final int FULL_BYTES = 4 << 20;

    final int width;
    final int capacity;
    int size;

    // Raw records, row-major: field c of row r is at index r * width + c.
    byte[] raw = new byte[1 << 16];
    int rawLen;
    final int[] start;
    final int[] length;
    final boolean[] quoted;
    final long[] line;
    /** Records whose field count differs from the header's, kept whole; null for regular rows. */
    final SavedRecord[] irregular;

    // Decoded values, column-major.
    final boolean[][] nulls;
    final long[][] longs;
    final double[][] doubles;
    final Binary[][] binaries;

    /** Columns [0, split) were decoded by the reading thread, the rest are left to the writing thread. */
    int split;
    /** Values that did not fit, found by each thread while decoding its columns. */
    final List<BadValue> readerFailures = new ArrayList<>();
    final List<BadValue> writerFailures = new ArrayList<>();
    /** Hive partition path per row, when partitioned. */
    final String[] partitionKeys;

    /** A value that does not fit its column; column -1 means the record as a whole (wrong field count). */
    record BadValue(int row, int column, String reason) {
    }

    RowBatch(List<Column> columns, int capacity, boolean partitioned) {
        this.width = columns.size();
        this.capacity = capacity;
        start = new int[capacity * width];
        length = new int[capacity * width];
        quoted = new boolean[capacity * width];
        line = new long[capacity];
        irregular = new SavedRecord[capacity];
        nulls = new boolean[width][capacity];
        longs = new long[width][];
        doubles = new double[width][];
        binaries = new Binary[width][];
        for (int c = 0; c < width; c++) {
            Column col = columns.get(c);
            switch (col.type()) {
                case DOUBLE -> doubles[c] = new double[capacity];
                case STRING -> binaries[c] = new Binary[capacity];
                case DECIMAL -> {
                    if (col.precision() > 18) {
                        binaries[c] = new Binary[capacity];
                    } else {
                        longs[c] = new long[capacity];
                    }
                }
                default -> longs[c] = new long[capacity];
            }
        }
        partitionKeys = partitioned ? new String[capacity] : null;
    }

    void clear() {
        Arrays.fill(irregular, 0, size, null);
        size = 0;
        rawLen = 0;
        readerFailures.clear();
        writerFailures.clear();
    }

    boolean full() {
        return size == capacity || rawLen > FULL_BYTES;
    }

    /** Appends a record's fields; a record of the wrong width is kept whole for the verdict. */
    void add(Fields f) {
        int row = size++;
        line[row] = f.recordLine();
        int n = f.fieldCount();
        if (n != width) {
            irregular[row] = new SavedRecord(f);
            return;
        }
        // A record's fields lie back to back in its buffer, so one copy moves them all.
        int from = f.start(0);
        int to = f.start(n - 1) + f.length(n - 1);
        int len = to - from;
        if (rawLen + len > raw.length) {
            raw = Arrays.copyOf(raw, Math.max(raw.length * 2, rawLen + len));
        }
        System.arraycopy(f.data(), from, raw, rawLen, len);
        int shift = rawLen - from;
        int base = row * width;
        for (int c = 0; c < n; c++) {
            start[base + c] = f.start(c) + shift;
            length[base + c] = f.length(c);
            quoted[base + c] = f.quoted(c);
        }
        rawLen += len;
    }

    /** Row {@code r} as fields, for messages, rejects and widening. */
    Fields row(int r) {
        if (irregular[r] != null) {
            return irregular[r];
        }
        int base = r * width;
        return new Fields() {
            @Override public int fieldCount() { return width; }
            @Override public byte[] data() { return raw; }
            @Override public int start(int field) { return start[base + field]; }
            @Override public int length(int field) { return length[base + field]; }
            @Override public boolean quoted(int field) { return quoted[base + field]; }
            @Override public long recordLine() { return line[r]; }
        };
    }
}
