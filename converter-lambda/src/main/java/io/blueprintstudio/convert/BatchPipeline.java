package io.blueprintstudio.convert;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reading on the calling thread, Parquet encoding and compression on a second one; decoding is shared between them
 * (see {@link Conversion}), so on two cores both stay busy. Three batches circulate, which bounds the memory the
 * hand-off adds. What the writing thread throws comes out of the calling thread's next {@link #take()} or
 * {@link #finish()}, unchanged.
 */
final class BatchPipeline implements AutoCloseable {
    private static final int BATCHES = 3;
    private static final RowBatch END = new RowBatch(List.of(), 0, false);

    private final BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<RowBatch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final Thread writer;
    private volatile Throwable failure;

    /** What the writing thread does with each batch. */
    interface BatchConsumer {
        void accept(RowBatch batch) throws Exception;
    }

    BatchPipeline(List<Column> columns, boolean partitioned, int rowsPerBatch, BatchConsumer consumer) {
        for (int i = 0; i < BATCHES; i++) {
            free.add(new RowBatch(columns, rowsPerBatch, partitioned));
        }
        writer = new Thread(() -> drain(consumer), "parquet-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void drain(BatchConsumer consumer) {
        try {
            while (true) {
                RowBatch b = full.take();
                if (b == END) {
                    return;
                }
                consumer.accept(b);
                b.clear();
                free.put(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | Error e) {
            // Errors too (a missing class, out of memory): otherwise the reading thread would wait forever.
            failure = e;
        }
    }

    /** An empty batch to fill; throws what the writer failed with, if it did. */
    RowBatch take() throws Exception {
        while (true) {
            rethrow();
            RowBatch b = free.poll(50, TimeUnit.MILLISECONDS);
            if (b != null) {
                return b;
            }
        }
    }

    void submit(RowBatch batch) throws InterruptedException {
        full.put(batch);
    }

    /** Waits until the writer has written everything submitted. */
    void finish() throws Exception {
        full.put(END);
        writer.join();
        rethrow();
    }

    private void rethrow() throws Exception {
        Throwable e = failure;
        if (e instanceof Exception ex) {
            throw ex;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }

    /** Stops the writer without waiting for queued batches. */
    @Override
    public void close() {
        if (writer.isAlive()) {
            writer.interrupt();
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
