package io.blueprintstudio.convert;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.crypto.FileEncryptionProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * One Parquet file, written a batch at a time and column by column straight into parquet-java's column writers.
 * We skip parquet-java's record layer (WriteSupport and RecordConsumer): for flat, nullable columns it adds a
 * call chain per value that cost about a third of the writing thread's time.
 */
final class ParquetFileSink {
    private static final int DEFINED = 1;
    private static final int NULL = 0;

    private final ParquetFileWriter file;
    private final MessageType schema;
    private final List<Column> columns;
    private final int[] batchIndex;
    private final ParquetProperties props;
    private final ConvertOptions options;
    private final long rowGroupBytes;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private ColumnWriter[] writers;
    private long rowsInGroup;
    private int rowGroupOrdinal;

    /**
     * @param batchIndex for each file column, its index in the batch (partition columns are not in the file)
     */
    ParquetFileSink(OutputFile out, List<Column> fileColumns, int[] batchIndex, ConvertOptions options,
            long rowGroupBytes, Set<String> plainColumns) throws IOException {
        this.schema = ParquetSchema.of(fileColumns);
        this.columns = fileColumns;
        this.batchIndex = batchIndex;
        this.options = options;
        this.rowGroupBytes = rowGroupBytes;
        ParquetProperties.Builder builder = ParquetProperties.builder()
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                .withDictionaryEncoding(true)
                .withAllocator(new RecyclingAllocator());
        for (Column c : fileColumns) {
            if (plainColumns.contains(c.name())) {
                builder.withDictionaryEncoding(c.name(), false);
            }
        }
        this.props = builder.build();
        this.file = new ParquetFileWriter(out, schema, ParquetFileWriter.Mode.OVERWRITE, rowGroupBytes, 0,
                (FileEncryptionProperties) null, props);
        file.start();
        startRowGroup();
    }

    private void startRowGroup() {
        var compressor = ParquetCodecs.INSTANCE.getCompressor(options.compression().codec());
        pages = ColumnChunkPageWriteStore.builder()
                .withSchema(schema)
                .withAllocator(props.getAllocator())
                .withCompressorProvider(d -> compressor)
                .withColumnIndexTruncateLength(props.getColumnIndexTruncateLength())
                .withPageWriteChecksumEnabled(props.getPageWriteChecksumEnabled())
                .withRowGroupOrdinal(rowGroupOrdinal)
                .build();
        store = props.newColumnWriteStore(schema, pages, pages);
        List<ColumnDescriptor> descriptors = schema.getColumns();
        writers = new ColumnWriter[descriptors.size()];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = store.getColumnWriter(descriptors.get(i));
        }
    }

    /** Writes rows {@code rows[0..count)} of the batch. */
    void write(RowBatch batch, int[] rows, int count) throws IOException {
        for (int f = 0; f < writers.length; f++) {
            writeColumn(batch, batchIndex[f], columns.get(f), writers[f], rows, count);
        }
        for (int i = 0; i < count; i++) {
            store.endRecord();
        }
        rowsInGroup += count;
        if (store.getBufferedSize() >= rowGroupBytes) {
            flushRowGroup();
            startRowGroup();
        }
    }

    private static void writeColumn(RowBatch b, int c, Column col, ColumnWriter w, int[] rows, int count) {
        boolean[] nulls = b.nulls[c];
        switch (col.type()) {
            case DOUBLE -> {
                double[] v = b.doubles[c];
                for (int i = 0; i < count; i++) {
                    int r = rows[i];
                    if (nulls[r]) {
                        w.writeNull(0, NULL);
                    } else {
                        w.write(v[r], 0, DEFINED);
                    }
                }
            }
            case STRING -> writeBinaries(b.binaries[c], nulls, w, rows, count);
            case DECIMAL -> {
                if (b.longs[c] == null) {
                    writeBinaries(b.binaries[c], nulls, w, rows, count);
                } else {
                    writeLongs(b.longs[c], nulls, w, rows, count);
                }
            }
            case BOOLEAN -> {
                long[] v = b.longs[c];
                for (int i = 0; i < count; i++) {
                    int r = rows[i];
                    if (nulls[r]) {
                        w.writeNull(0, NULL);
                    } else {
                        w.write(v[r] != 0, 0, DEFINED);
                    }
                }
            }
            case DATE -> {
                long[] v = b.longs[c];
                for (int i = 0; i < count; i++) {
                    int r = rows[i];
                    if (nulls[r]) {
                        w.writeNull(0, NULL);
                    } else {
                        w.write((int) v[r], 0, DEFINED);
                    }
                }
            }
            default -> writeLongs(b.longs[c], nulls, w, rows, count);
        }
    }

    private static void writeLongs(long[] v, boolean[] nulls, ColumnWriter w, int[] rows, int count) {
        for (int i = 0; i < count; i++) {
            int r = rows[i];
            if (nulls[r]) {
                w.writeNull(0, NULL);
            } else {
                w.write(v[r], 0, DEFINED);
            }
        }
    }

    private static void writeBinaries(Binary[] v, boolean[] nulls, ColumnWriter w, int[] rows, int count) {
        for (int i = 0; i < count; i++) {
            int r = rows[i];
            if (nulls[r]) {
                w.writeNull(0, NULL);
            } else {
                w.write(v[r], 0, DEFINED);
            }
        }
    }

    private void flushRowGroup() throws IOException {
        if (rowsInGroup > 0) {
            file.startBlock(rowsInGroup);
            store.flush();
            pages.flushToFileWriter(file);
            file.endBlock();
            rowGroupOrdinal++;
            rowsInGroup = 0;
        }
        store.close();
        pages.close();
    }

    /** Writes the last row group and the footer, and closes the stream (the pending file is not committed). */
    void finish() throws IOException {
        flushRowGroup();
        file.end(Map.of("writer", "Blueprint Studio converter"));
    }

    /** Gives up the file; the caller discards the pending file. */
    void abandon() {
        try {
            store.close();
            pages.close();
            file.abort();
        } catch (RuntimeException e) {
            // The pending file is discarded next; nothing of this reaches the destination.
        }
    }
}
