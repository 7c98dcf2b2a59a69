package io.blueprintstudio.aws;

import java.time.Duration;

/**
 * How often a tail asks: {@code first} right after something new arrived, slowing by half again per quiet poll up
 * to {@code idleMax}; after a failed call (dropped connection, throttling) twice the wait per failure in a row up to
 * {@code failureMax}, giving up after {@code giveUpAfter} failures in a row.
 */
public record PollSchedule(Duration first, Duration idleMax, Duration failureMax, int giveUpAfter) {
    /** Following one execution: a state change shows within about 2 s, about 30 calls a minute when quiet. */
    public static final PollSchedule EXECUTION = new PollSchedule(Duration.ofMillis(250), Duration.ofSeconds(2),
            Duration.ofSeconds(30), 20);
    /** Waiting for a machine's next execution: about 12 calls a minute when idle. */
    public static final PollSchedule MACHINE = new PollSchedule(Duration.ofMillis(250), Duration.ofSeconds(5),
            Duration.ofSeconds(30), 20);

    public PollSchedule {
        if (first.isNegative() || first.isZero() || idleMax.compareTo(first) < 0 || giveUpAfter < 1) {
            throw new IllegalArgumentException("bad poll schedule: " + first + " .. " + idleMax);
        }
    }

    Duration quiet(Duration last) {
        Duration next = last.plus(last.dividedBy(2));
        return next.compareTo(idleMax) > 0 ? idleMax : next;
    }

    Duration afterFailure(int failuresInARow) {
        Duration next = first.multipliedBy(1L << Math.min(failuresInARow, 16));
        return next.compareTo(failureMax) > 0 ? failureMax : next;
    }
}
