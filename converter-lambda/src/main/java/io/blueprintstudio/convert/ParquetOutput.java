package io.blueprintstudio.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
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
    private final int minRowsPerSizeCheck;
    private final Map<String, OpenFile> files = new LinkedHashMap<>();
    private long bytesOut;

    private record OpenFile(PendingFile pending, ParquetWriter<RowBatch> writer, BatchWriteSupport support) {
    }

    ParquetOutput(Destination destination, String fileName, List<Column> columns, int[] partitionColumns,
            ConvertOptions options, long avgRowBytes) {
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
        // parquet-java checks buffered size only every so many rows; with wide rows, check sooner.
        this.minRowsPerSizeCheck = (int) Math.max(1, Math.min(100, (1L << 20) / Math.max(1, avgRowBytes)));
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    List<Column> fileColumns() {
        return fileColumns;
    }

    void write(RowBatch batch) throws IOException, ConversionException {
        for (int r = 0; r < batch.size; r++) {
            String key = batch.partitionKeys == null ? "" : batch.partitionKeys[r];
            OpenFile file = files.get(key);
            if (file == null) {
                file = open(key);
            }
            file.support.row = r;
            file.writer.write(batch);
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
            BatchWriteSupport support = new BatchWriteSupport(fileColumns, batchIndex);
            ParquetWriter<RowBatch> writer = new Builder(new PendingOutputFile(pending), support)
                    .withConf(new PlainParquetConfiguration())
                    .withCodecFactory(ParquetCodecs.INSTANCE)
                    .withCompressionCodec(options.compression().codec())
                    .withRowGroupSize(rowGroupBytes)
                    .withDictionaryEncoding(true)
                    .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                    .withMinRowCountForPageSizeCheck(minRowsPerSizeCheck)
                    .withValidation(false)
                    .build();
            OpenFile file = new OpenFile(pending, writer, support);
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
            f.writer.close();
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
            try {
                f.writer.close();
            } catch (IOException | RuntimeException e) {
                // Discarding anyway; the cause that led here is what the user needs to see.
            }
            f.pending.abort();
        }
        files.clear();
    }

    private static final class Builder extends ParquetWriter.Builder<RowBatch, Builder> {
        private final BatchWriteSupport support;

        Builder(OutputFile file, BatchWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<RowBatch> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }

        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<RowBatch> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return support;
        }
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
