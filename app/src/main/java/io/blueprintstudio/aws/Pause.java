package io.blueprintstudio.aws;

import java.time.Duration;

/** How long to wait between polls: emulators answer at once, AWS needs seconds between DescribeStackEvents calls. */
record Pause(Duration interval) {
    static Pause forTarget(AwsTarget target) {
        return new Pause(target.isLocal() ? Duration.ofMillis(250) : Duration.ofSeconds(2));
    }

    void shortWait() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // read by CancelSignal: the watcher stops at its next check
        }
    }
}
