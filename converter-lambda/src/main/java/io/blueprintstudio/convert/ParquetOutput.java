package io.blueprintstudio.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * The Parquet files of one conversion: one file, or one per partition value. Nothing is visible at the
 * destination until {@link #commit()}; {@link #abort()} discards everything.
 */
final class ParquetOutput {
    private final Destination destination;
    private final String fileName;
    private final List<Column> fileColumns;
    private final int[] batchIndex;
    private final ConvertOptions options;
    private final long rowGroupBytes;
    private final Set<String> plainColumns;
    private final Map<String, OpenFile> files = new LinkedHashMap<>();
    private long bytesOut;

    private record OpenFile(PendingFile pending, ParquetFileSink sink, RowSelection selection) {
    }

    /** The rows of the current batch that go to one partition. */
    private static final class RowSelection {
        int[] rows = new int[64];
        int count;

        void add(int row) {
            if (count == rows.length) {
                rows = java.util.Arrays.copyOf(rows, count * 2);
            }
            rows[count++] = row;
        }
    }

    ParquetOutput(Destination destination, String fileName, List<Column> columns, int[] partitionColumns,
            ConvertOptions options, Set<String> plainColumns) {
        this.plainColumns = plainColumns;
        this.destination = destination;
        this.fileName = fileName;
        this.options = options;
        List<Column> kept = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!contains(partitionColumns, c)) {
                kept.add(columns.get(c));
                index.add(c);
            }
        }
        this.fileColumns = List.copyOf(kept);
        this.batchIndex = index.stream().mapToInt(Integer::intValue).toArray();
        // Each open partition holds a row group in memory, so they share the budget of one.
        this.rowGroupBytes = partitionColumns.length == 0 ? options.rowGroupBytes()
                : Math.max(1L << 20, options.rowGroupBytes() / options.maxOpenPartitions());
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** Writes the given rows of the batch, each to its partition's file. */
    void write(RowBatch batch, int[] rows) throws IOException, ConversionException {
        if (batch.partitionKeys == null) {
            OpenFile file = files.containsKey("") ? files.get("") : open("");
            file.sink.write(batch, rows, rows.length);
            return;
        }
        for (OpenFile f : files.values()) {
            f.selection.count = 0;
        }
        for (int r : rows) {
            OpenFile file = files.get(batch.partitionKeys[r]);
            if (file == null) {
                file = open(batch.partitionKeys[r]);
            }
            file.selection.add(r);
        }
        for (OpenFile f : files.values()) {
            if (f.selection.count > 0) {
                f.sink.write(batch, f.selection.rows, f.selection.count);
            }
        }
    }

    private OpenFile open(String partitionKey) throws IOException, ConversionException {
        if (files.size() == options.maxOpenPartitions()) {
            throw new ConversionException(ConversionException.Kind.BAD_OPTIONS, "more than "
                    + options.maxOpenPartitions() + " distinct partition values (at " + partitionKey
                    + "); partition on a column with fewer values, or raise --max-partitions");
        }
        String path = partitionKey.isEmpty() ? fileName : partitionKey + "/" + fileName;
        PendingFile pending = destination.create(path);
        try {
            ParquetFileSink sink = new ParquetFileSink(new PendingOutputFile(pending), fileColumns, batchIndex,
                    options, rowGroupBytes, plainColumns);
            OpenFile file = new OpenFile(pending, sink, new RowSelection());
            files.put(partitionKey, file);
            return file;
        } catch (IOException | RuntimeException e) {
            pending.abort();
            throw e;
        }
    }

    /** Finishes every file and makes them visible; returns their locations. */
    List<String> commit() throws IOException, ConversionException {
        if (files.isEmpty()) {
            // A CSV without rows still yields one (empty) file, so downstream readers see the schema.
            open("");
        }
        for (OpenFile f : files.values()) {
            f.sink.finish();
            bytesOut += f.pending.stream().getPos();
        }
        List<String> locations = new ArrayList<>();
        for (OpenFile f : files.values()) {
            f.pending.commit();
            locations.add(f.pending.location());
        }
        return locations;
    }

    long bytesOut() {
        return bytesOut;
    }

    void abort() {
        for (OpenFile f : files.values()) {
            f.sink.abandon();
            f.pending.abort();
        }
        files.clear();
    }

    private record PendingOutputFile(PendingFile pending) implements OutputFile {
        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return pending.stream();
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return pending.stream();
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        @Override
        public String getPath() {
            return pending.location();
        }
    }
}
