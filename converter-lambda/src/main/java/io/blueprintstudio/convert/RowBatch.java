package io.blueprintstudio.convert;

import java.util.List;
import org.apache.parquet.io.api.Binary;

/**
 * A few thousand decoded rows, column by column, handed from the reading thread to the writing thread. String
 * bytes live in one arena per batch; batches are recycled, so the writer must copy what it keeps (parquet-java
 * does for dictionaries and statistics when values are marked as reused).
 */
final class RowBatch {
    final int capacity;
    int size;
    final boolean[][] nulls;
    final long[][] longs;
    final double[][] doubles;
    final Binary[][] binaries;
    final String[] partitionKeys;
    byte[] arena = new byte[1 << 16];
    int arenaLen;

    RowBatch(List<Column> columns, int capacity, boolean partitioned) {
        this.capacity = capacity;
        int n = columns.size();
        nulls = new boolean[n][capacity];
        longs = new long[n][];
        doubles = new double[n][];
        binaries = new Binary[n][];
        for (int c = 0; c < n; c++) {
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
        size = 0;
        arenaLen = 0;
    }

    boolean full() {
        return size == capacity || arenaLen > (4 << 20);
    }

    /** Copies bytes into the arena and returns a reused-marked view of them. */
    Binary store(byte[] b, int off, int len) {
        if (arenaLen + len > arena.length) {
            // Earlier Binaries of this batch keep pointing at the old array, which stays valid.
            arena = new byte[Math.max(arena.length * 2, len + (1 << 16))];
            arenaLen = 0;
        }
        System.arraycopy(b, off, arena, arenaLen, len);
        Binary v = Binary.fromReusedByteArray(arena, arenaLen, len);
        arenaLen += len;
        return v;
    }
}
