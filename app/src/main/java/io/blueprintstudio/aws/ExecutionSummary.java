package io.blueprintstudio.aws;

import java.time.Instant;
import java.util.Optional;

/**
 * One execution as listed: its ARN and name, status (RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED,
 * PENDING_REDRIVE) and when it started and stopped (empty while it runs).
 */
public record ExecutionSummary(String executionArn, String name, String status, Instant started,
        Optional<Instant> stopped) {

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }
}
