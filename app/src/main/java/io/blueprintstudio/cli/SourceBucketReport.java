package io.blueprintstudio.cli;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.SourceBuckets;
import java.util.List;

/** After a deploy: each source bucket's state, switching EventBridge on when asked. */
final class SourceBucketReport {
    private final AwsTarget target;
    private final DeployOutput out;
    private final boolean enable;

    SourceBucketReport(AwsTarget target, DeployOutput out, boolean enable) {
        this.target = target;
        this.out = out;
        this.enable = enable;
    }

    void report(List<String> buckets) {
        if (buckets.isEmpty()) {
            return;
        }
        try (SourceBuckets sources = new SourceBuckets(target)) {
            for (String bucket : buckets) {
                SourceBuckets.Check c = sources.check(bucket);
                if (c.state() == SourceBuckets.State.NO_EVENTBRIDGE && enable) {
                    sources.enableEventBridge(bucket);
                    c = sources.check(bucket);
                    out.step("switched on EventBridge notifications of s3://" + bucket);
                }
                out.step((c.state() == SourceBuckets.State.READY ? "✓ " : "⚠ ") + c.advice());
            }
        } catch (DeployException e) {
            out.step("⚠ " + e.getMessage());
        }
    }
}
