package io.blueprintstudio.convert;

import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Feeds one row of a {@link RowBatch} (the one at {@link #row}) to parquet-java's record consumer. */
final class BatchWriteSupport extends WriteSupport<RowBatch> {
    private final MessageType schema;
    private final List<Column> fileColumns;
    /** For each file column, its index in the batch (partition columns are not in the file). */
    private final int[] batchIndex;
    private RecordConsumer consumer;
    int row;

    BatchWriteSupport(List<Column> fileColumns, int[] batchIndex) {
        this.fileColumns = fileColumns;
        this.batchIndex = batchIndex;
        this.schema = ParquetSchema.of(fileColumns);
    }

    @Override
    @SuppressWarnings("deprecation")
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
        return init((ParquetConfiguration) null);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of("writer", "Blueprint Studio converter"));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        consumer = recordConsumer;
    }

    @Override
    public void write(RowBatch batch) {
        int r = row;
        consumer.startMessage();
        for (int f = 0; f < batchIndex.length; f++) {
            int c = batchIndex[f];
            if (batch.nulls[c][r]) {
                continue;
            }
            String name = fileColumns.get(f).name();
            consumer.startField(name, f);
            switch (fileColumns.get(f).type()) {
                case BOOLEAN -> consumer.addBoolean(batch.longs[c][r] != 0);
                case DOUBLE -> consumer.addDouble(batch.doubles[c][r]);
                case DATE -> consumer.addInteger((int) batch.longs[c][r]);
                case STRING -> consumer.addBinary(batch.binaries[c][r]);
                case DECIMAL -> {
                    if (batch.longs[c] != null) {
                        consumer.addLong(batch.longs[c][r]);
                    } else {
                        consumer.addBinary(batch.binaries[c][r]);
                    }
                }
                default -> consumer.addLong(batch.longs[c][r]);
            }
            consumer.endField(name, f);
        }
        consumer.endMessage();
    }
}
