package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

/**
 * The emulators the execution tests run against: MiniStack ({@code BPS_MINISTACK_ENDPOINT}) and moto
 * ({@code BPS_MOTO_ENDPOINT}), started by ./run-tests. Without the variable a test fails on CI and is skipped
 * elsewhere.
 */
public enum Emulator {
    MINISTACK("BPS_MINISTACK_ENDPOINT", "000000000000", "/_ministack/reset"),
    MOTO("BPS_MOTO_ENDPOINT", "123456789012", "/moto-api/reset");

    private final String variable;
    private final String account;
    private final String resetPath;

    Emulator(String variable, String account, String resetPath) {
        this.variable = variable;
        this.account = account;
        this.resetPath = resetPath;
    }

    public URI endpoint() {
        String value = required(variable, "the emulators");
        URI uri = URI.create(value);
        if (this == MOTO) {
            // Executions only run when this is on before the machine is created; it survives resets.
            post(uri, "/moto-api/config",
                    "{\"stepfunctions\":{\"execute_state_machine\":true},\"lambda\":{\"use_docker\":false}}");
        }
        return uri;
    }

    public AwsTarget target() {
        return AwsTarget.endpoint(endpoint(), "us-east-1");
    }

    public String account() {
        return account;
    }

    /** Forgets every resource, for a test that must see an account never bootstrapped (the deploy tests). */
    public void reset() {
        post(endpoint(), resetPath, "");
    }

    /**
     * A peer's variable, set by ./run-tests: without it a test fails on CI (where skipping would hide it) and is
     * skipped elsewhere.
     */
    public static String required(String name, String what) {
        String value = System.getenv(name);
        // Surefire passes "${env.X}" through unexpanded when the variable is unset.
        if (value == null || value.isBlank() || value.startsWith("${")) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(name + " is not set; on CI run the tests with ./run-tests, which provides " + what);
            }
            assumeTrue(false, name + " is not set; skipped (./run-tests provides " + what + ")");
        }
        return value.trim();
    }

    /** A name no other test run uses, so tests need no reset between them. */
    public static String unique(String purpose) {
        return (purpose + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    private static void post(URI base, String path, String body) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                fail("POST " + path + " answered " + r.statusCode() + ": " + r.body());
            }
        } catch (IOException e) {
            fail("POST " + path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
