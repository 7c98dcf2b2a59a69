package io.blueprintstudio.aws;

import java.time.Duration;

/** What a tail reports, on the tail's own thread. */
public interface TailListener {
    /** A new event; {@code timeline} is its execution's state so far (read it here: the tail changes it later). */
    void event(ExecutionEvent event, ExecutionTimeline timeline);

    /** A call failed in a way worth retrying; the tail asks again after {@code retryIn}. */
    default void trouble(String problem, Duration retryIn) {
    }
}
