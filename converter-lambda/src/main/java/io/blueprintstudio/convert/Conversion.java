package io.blueprintstudio.convert;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
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

    /** Thrown inside a pass when policy WIDEN meets a value the column cannot hold. */
    private static final class WidenNeeded extends Exception {
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

    ConversionReport run() throws ConversionException, IOException, InterruptedException {
        Sample sample = Sample.read(source, options);
        List<Column> schema = SchemaBuilder.infer(sample, options);
        int[] partitions = SchemaBuilder.partitionIndexes(schema, options.partitionColumns());
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

    /** One read of the CSV into one set of pending output files. */
    private final class Pass {
        final Dialect dialect;
        final List<Column> schema;
        final List<SavedRecord> replay;
        final CsvTokenizer tokenizer;
        final AutoCloseable input;
        long rowsRead;
        long rowsWritten;
        long rowsRejected;

        Pass(Dialect dialect, List<Column> schema, List<SavedRecord> replay, CsvTokenizer tokenizer,
                AutoCloseable input) {
            this.dialect = dialect;
            this.schema = List.copyOf(schema);
            this.replay = replay;
            this.tokenizer = tokenizer;
            this.input = input;
        }

        ConversionReport run(int[] partitions)
                throws ConversionException, IOException, InterruptedException, WidenNeeded {
            ParquetOutput output = new ParquetOutput(destination, fileName, schema, partitions, options);
            RejectsFile rejects = new RejectsFile(destination, fileName, schema);
            boolean done = false;
            try (input; BatchPipeline pipeline = new BatchPipeline(schema, partitions.length > 0, ROWS_PER_BATCH,
                    output::write)) {
                readAll(new RowDecoder(schema, partitions, options.nullMarkers()), pipeline, rejects);
                pipeline.finish();
                List<String> outputs = output.commit();
                String rejectsAt = rejects.commit();
                done = true;
                listener.progress(tokenizer.bytesRead(), total(), rowsRead);
                return new ConversionReport(source.name(), outputs, dialect, schema, rowsRead, rowsWritten,
                        rowsRejected, rejectsAt, tokenizer.bytesRead(), output.bytesOut(),
                        Duration.ofNanos(System.nanoTime() - started), widenings);
            } catch (IOException | RuntimeException | ConversionException | InterruptedException | WidenNeeded e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("closing " + source.name() + " failed: " + e.getMessage(), e);
            } finally {
                if (!done) {
                    output.abort();
                    rejects.abort();
                }
            }
        }

        private void readAll(RowDecoder decoder, BatchPipeline pipeline, RejectsFile rejects)
                throws ConversionException, IOException, InterruptedException, WidenNeeded {
            RowBatch batch = pipeline.take();
            int next = 0;
            while (true) {
                Fields record;
                if (next < replay.size()) {
                    record = replay.get(next++);
                } else if (Reading.next(tokenizer, source)) {
                    record = tokenizer;
                } else {
                    break;
                }
                rowsRead++;
                if (decoder.decode(record, batch)) {
                    batch.size++;
                    rowsWritten++;
                } else {
                    handleBadRow(record, decoder, rejects);
                }
                if (batch.full()) {
                    pipeline.submit(batch);
                    checkCancelled();
                    listener.progress(tokenizer.bytesRead(), total(), rowsRead);
                    batch = pipeline.take();
                }
            }
            if (batch.size > 0) {
                pipeline.submit(batch);
            }
        }

        private void handleBadRow(Fields record, RowDecoder decoder, RejectsFile rejects)
                throws ConversionException, IOException, WidenNeeded {
            String column = decoder.badColumn < 0 ? null : schema.get(decoder.badColumn).name();
            if (options.onBadValue() == BadValuePolicy.REJECT) {
                rejects.add(record, column, decoder.badReason);
                rowsRejected++;
                return;
            }
            if (options.onBadValue() == BadValuePolicy.WIDEN && decoder.badColumn >= 0) {
                Column col = schema.get(decoder.badColumn);
                Column wider = BadValues.widen(col, record, decoder.badColumn);
                if (wider.type() != col.type() || wider.scale() != col.scale()
                        || wider.precision() != col.precision()) {
                    throw new WidenNeeded(decoder.badColumn, wider, new Widening(col.name(), col.typeName(),
                            wider.typeName(), record.recordLine(), BadValues.shown(record, decoder.badColumn)));
                }
            }
            throw BadValues.error(source, record, column, decoder);
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
