package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The MiniStack the deploy tests talk to, from {@code BPS_MINISTACK_ENDPOINT} (./run-tests starts it). Without it
 * the tests fail on CI and are skipped elsewhere.
 */
public final class MiniStack {
    private MiniStack() {
    }

    public static URI endpoint() {
        String value = System.getenv("BPS_MINISTACK_ENDPOINT");
        if (value == null || value.isBlank() || value.startsWith("${")) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("BPS_MINISTACK_ENDPOINT is not set; on CI run the tests with ./run-tests, which starts MiniStack");
            }
            assumeTrue(false, "BPS_MINISTACK_ENDPOINT is not set; deploy tests skipped (./run-tests starts MiniStack)");
        }
        return URI.create(value.trim());
    }

    public static AwsTarget target() {
        return AwsTarget.endpoint(endpoint(), "us-east-1");
    }

    /** Forgets every resource, so a test can see an account that was never bootstrapped. */
    public static void reset() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint()
                    .resolve("/_ministack/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("MiniStack reset answered " + r.statusCode() + ": " + r.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("MiniStack reset failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
