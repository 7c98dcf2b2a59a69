package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The source bucket check and switching EventBridge on, against MiniStack's S3. */
class SourceBucketsTest {
    @Test
    void missingThenWithoutEventBridgeThenReady() throws Exception {
        String bucket = "bps-src-" + UUID.randomUUID().toString().substring(0, 8);
        try (SourceBuckets buckets = new SourceBuckets(Emulator.MINISTACK.target()); S3Client s3 = Emulator.MINISTACK.target().s3()) {
            assertEquals(SourceBuckets.State.MISSING, buckets.check(bucket).state());
            s3.createBucket(b -> b.bucket(bucket));
            assertEquals(SourceBuckets.State.NO_EVENTBRIDGE, buckets.check(bucket).state());
            buckets.enableEventBridge(bucket);
            assertEquals(SourceBuckets.State.READY, buckets.check(bucket).state());
        }
    }
}
