package io.blueprintstudio.convert;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One conversion run. The first pass reads the sample once and goes on from it; each widening aborts the pass,
 * discards its output and starts a new pass from the first byte with the wider schema.
 */
final class Conversion {
    private static final int ROWS_PER_BATCH = 4096;

    private final CsvSource source;
    private final Destination destination;
    private final String fileName;
    private final ConvertOptions options;
    private final ConversionListener listener;
    private final long started = System.nanoTime();
    private final List<Widening> widenings = new ArrayList<>();
    /** Columns written without trying a dictionary. */
    private java.util.Set<String> plainColumns = java.util.Set.of();

    /** Thrown inside a pass when policy WIDEN meets a value the column cannot hold. */
    static final class WidenNeeded extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Widening widening;
        final transient Column widened;
        final int column;

        WidenNeeded(int column, Column widened, Widening widening) {
            super(null, null, false, false);
            this.column = column;
            this.widened = widened;
            this.widening = widening;
        }
    }

    Conversion(CsvSource source, Destination destination, String fileName, ConvertOptions options,
            ConversionListener listener) {
        this.source = source;
        this.destination = destination;
        this.fileName = fileName;
        this.options = options;
        this.listener = listener;
    }

    ConversionReport run() throws Exception {
        Sample sample = Sample.read(source, options);
        List<Column> schema = SchemaBuilder.infer(sample, options);
        int[] partitions = SchemaBuilder.partitionIndexes(schema, options.partitionColumns());
        plainColumns = SchemaBuilder.mostlyDistinct(sample, schema, options.nullMarkers());
        Pass pass = new Pass(sample.dialect, schema, sample.records, sample.tokenizer, sample);
        while (true) {
            try {
                return pass.run(partitions);
            } catch (WidenNeeded w) {
                widenings.add(w.widening);
                List<Column> wider = new ArrayList<>(pass.schema);
                wider.set(w.column, w.widened);
                pass = reopen(sample.dialect, wider);
            }
        }
    }

    private Pass reopen(Dialect dialect, List<Column> schema) throws IOException, ConversionException {
        DialectDetector.Opened opened = DialectDetector.open(source, options.toBuilder()
                .delimiter(dialect.delimiter()).build());
        CsvTokenizer t = new CsvTokenizer(opened.stream(), dialect, options.maxFieldBytes(), options.maxColumns());
        if (options.header()) {
            Reading.next(t, source);
        }
        return new Pass(dialect, schema, List.of(), t, opened.stream());
    }

    /**
     * One read of the CSV into one set of pending output files. The reading thread tokenizes and decodes the first
     * {@code split} columns of each batch; the writing thread decodes the rest, settles bad rows and writes. The
     * split moves a column at a time towards whichever thread is waiting, so both cores stay busy whatever the
     * column mix.
     */
    private final class Pass {
        final Dialect dialect;
        final List<Column> schema;
        final List<SavedRecord> replay;
        final CsvTokenizer tokenizer;
        final AutoCloseable input;
        private final BatchDecoder readerDecoder;
        private final BatchDecoder writerDecoder;
        private volatile int split;
        private volatile long readerNanosPerBatch;
        private long readerAverage;
        private long writerAverage;
        private long rowsRead;
        private long rowsWritten;
        private long rowsRejected;

        Pass(Dialect dialect, List<Column> schema, List<SavedRecord> replay, CsvTokenizer tokenizer,
                AutoCloseable input) {
            this.dialect = dialect;
            this.schema = List.copyOf(schema);
            this.replay = replay;
            this.tokenizer = tokenizer;
            this.input = input;
            this.readerDecoder = new BatchDecoder(this.schema, options.nullMarkers());
            this.writerDecoder = new BatchDecoder(this.schema, options.nullMarkers());
            this.split = schema.size() / 2;
        }

        ConversionReport run(int[] partitions) throws Exception {
            ParquetOutput output = new ParquetOutput(destination, fileName, schema, partitions, options,
                    plainColumns);
            RejectsFile rejects = new RejectsFile(destination, fileName, schema);
            boolean done = false;
            try (input; BatchPipeline pipeline = new BatchPipeline(schema, partitions.length > 0, ROWS_PER_BATCH,
                    batch -> settleAndWrite(batch, partitions, output, rejects))) {
                readAll(pipeline);
                pipeline.finish();
                List<String> outputs = output.commit();
                String rejectsAt = rejects.commit();
                done = true;
                listener.progress(tokenizer.bytesRead(), total(), rowsRead);
                return new ConversionReport(source.name(), outputs, dialect, schema, rowsRead, rowsWritten,
                        rowsRejected, rejectsAt, tokenizer.bytesRead(), output.bytesOut(),
                        Duration.ofNanos(System.nanoTime() - started), widenings);
            } finally {
                if (!done) {
                    output.abort();
                    rejects.abort();
                }
            }
        }

        private void readAll(BatchPipeline pipeline) throws Exception {
            RowBatch batch = pipeline.take();
            long batchStarted = System.nanoTime();
            int next = 0;
            while (true) {
                if (next < replay.size()) {
                    batch.add(replay.get(next++));
                } else if (Reading.next(tokenizer, source)) {
                    batch.add(tokenizer);
                } else {
                    break;
                }
                rowsRead++;
                if (batch.full()) {
                    hand(batch, pipeline, batchStarted);
                    checkCancelled();
                    listener.progress(tokenizer.bytesRead(), total(), rowsRead);
                    batch = pipeline.take();
                    batchStarted = System.nanoTime();
                }
            }
            if (batch.size > 0) {
                hand(batch, pipeline, batchStarted);
            }
        }

        private void hand(RowBatch batch, BatchPipeline pipeline, long batchStarted) throws InterruptedException {
            batch.split = split;
            readerDecoder.decode(batch, 0, batch.split, batch.readerFailures);
            readerNanosPerBatch = System.nanoTime() - batchStarted;
            pipeline.submit(batch);
        }

        /** Runs on the writing thread. */
        private void settleAndWrite(RowBatch batch, int[] partitions, ParquetOutput output, RejectsFile rejects)
                throws Exception {
            long t0 = System.nanoTime();
            writerDecoder.decode(batch, batch.split, schema.size(), batch.writerFailures);
            int[] keep = settle(batch, rejects);
            if (batch.partitionKeys != null) {
                for (int i = 0; i < keep.length; i++) {
                    batch.partitionKeys[keep[i]] = BatchDecoder.partitionKey(batch, keep[i], partitions, schema);
                }
            }
            output.write(batch, keep);
            rowsWritten += keep.length;
            rebalance(System.nanoTime() - t0);
        }

        /**
         * Moves one column of decoding towards the thread with less to do. Both sides are averaged over recent
         * batches: single batches spike when a page is compressed or a row group is flushed.
         */
        private void rebalance(long writerNanos) {
            writerAverage += (writerNanos - writerAverage) / 16;
            readerAverage += (readerNanosPerBatch - readerAverage) / 16;
            int s = split;
            if (writerAverage > readerAverage + readerAverage / 16 && s < schema.size()) {
                split = s + 1;
            } else if (readerAverage > writerAverage + writerAverage / 16 && s > 0) {
                split = s - 1;
            }
        }

        /**
         * Applies the bad-value policy to the batch's failures in file order; returns the rows to write.
         */
        private int[] settle(RowBatch batch, RejectsFile rejects) throws Exception {
            List<RowBatch.BadValue> bad = new ArrayList<>(batch.readerFailures);
            bad.addAll(batch.writerFailures);
            for (int r = 0; r < batch.size; r++) {
                if (batch.irregular[r] != null) {
                    bad.add(new RowBatch.BadValue(r, -1, "has " + batch.irregular[r].fieldCount()
                            + " fields where the header has " + schema.size()));
                }
            }
            if (bad.isEmpty()) {
                return identity(batch.size);
            }
            bad.sort(Comparator.comparingInt(RowBatch.BadValue::row).thenComparingInt(RowBatch.BadValue::column));
            boolean[] dropped = new boolean[batch.size];
            for (RowBatch.BadValue b : bad) {
                if (dropped[b.row()]) {
                    continue;
                }
                handleBadRow(batch.row(b.row()), b, rejects);
                dropped[b.row()] = true;
            }
            int[] keep = new int[batch.size];
            int n = 0;
            for (int r = 0; r < batch.size; r++) {
                if (!dropped[r]) {
                    keep[n++] = r;
                }
            }
            return java.util.Arrays.copyOf(keep, n);
        }

        private int[] identity(int n) {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            return rows;
        }

        private void handleBadRow(Fields record, RowBatch.BadValue bad, RejectsFile rejects)
                throws ConversionException, IOException, WidenNeeded {
            String column = bad.column() < 0 ? null : schema.get(bad.column()).name();
            if (options.onBadValue() == BadValuePolicy.REJECT) {
                rejects.add(record, column, bad.reason());
                rowsRejected++;
                return;
            }
            if (options.onBadValue() == BadValuePolicy.WIDEN && bad.column() >= 0) {
                Column col = schema.get(bad.column());
                Column wider = BadValues.widen(col, record, bad.column());
                if (!wider.equals(col)) {
                    throw new WidenNeeded(bad.column(), wider, new Widening(col.name(), col.typeName(),
                            wider.typeName(), record.recordLine(), BadValues.shown(record, bad.column())));
                }
            }
            throw BadValues.error(source, record, column, bad);
        }

        private void checkCancelled() throws ConversionException {
            if (listener.isCancelled()) {
                throw new ConversionException(ConversionException.Kind.CANCELLED,
                        "conversion of " + source.name() + " cancelled; nothing was written");
            }
        }

        private long total() {
            return source.size().orElse(-1);
        }
    }
}
