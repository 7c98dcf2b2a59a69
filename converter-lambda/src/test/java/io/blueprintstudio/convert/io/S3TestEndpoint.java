package io.blueprintstudio.convert.io;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one place that decides whether S3 tests run: they need the MiniStack endpoint in {@code BPS_S3_ENDPOINT}
 * (./run-tests starts MiniStack and sets it). Without it they fail on CI, where skipping would hide them, and are
 * skipped elsewhere.
 */
public final class S3TestEndpoint {
    private S3TestEndpoint() {
    }

    /** The endpoint, or a failed/skipped test when there is none. */
    public static URI uri() {
        String value = System.getenv("BPS_S3_ENDPOINT");
        // Surefire passes "${env.BPS_S3_ENDPOINT}" through unexpanded when the variable is unset.
        if (value == null || value.isBlank() || value.startsWith("${")) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("BPS_S3_ENDPOINT is not set; on CI run the tests with ./run-tests, which starts MiniStack");
            }
            assumeTrue(false, "BPS_S3_ENDPOINT is not set; S3 tests skipped (./run-tests starts MiniStack)");
        }
        return URI.create(value.trim());
    }

    /** A client for the emulator, made the way production makes clients. */
    public static S3Client client() {
        return S3Clients.create(uri(), "us-east-1");
    }

    /** As {@link #client()}, with interceptors that watch the requests. */
    public static S3Client client(ExecutionInterceptor... interceptors) {
        return S3Clients.builder(uri(), "us-east-1", Map.of())
                .overrideConfiguration(o -> {
                    for (ExecutionInterceptor i : interceptors) {
                        o.addExecutionInterceptor(i);
                    }
                })
                .build();
    }

    /** Creates a bucket no other test uses, so tests neither collide nor need cleaning up between runs. */
    public static String newBucket(S3Client s3, String purpose) {
        String name = ("bps-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        s3.createBucket(b -> b.bucket(name));
        return name;
    }
}
