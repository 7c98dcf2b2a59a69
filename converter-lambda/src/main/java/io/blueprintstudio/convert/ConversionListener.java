package io.blueprintstudio.convert;

/** Hears progress and may ask the conversion to stop. Called on the converting thread. */
public interface ConversionListener {
    ConversionListener NONE = new ConversionListener() { };

    /** Called every few thousand rows and at the end; {@code totalBytes} is -1 when unknown. */
    default void progress(long bytesRead, long totalBytes, long rowsRead) {
    }

    /** Polled between batches; returning true stops the run with {@link ConversionException.Kind#CANCELLED}. */
    default boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
