package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;

/**
 * The peers the sandbox tests need, from the variables ./run-tests sets: without one a test fails on CI (where
 * skipping would hide it) and is skipped elsewhere.
 */
public final class SandboxPeers {
    private SandboxPeers() {
    }

    /** The test suite's MiniStack. */
    public static URI ministack() {
        return URI.create(required("BPS_MINISTACK_ENDPOINT", "MiniStack"));
    }

    /** The peers' venv, which holds the pinned MiniStack (so lifecycle tests need not install it). */
    public static Path peersVenv() {
        return Path.of(required("BPS_PEERS_BIN", "the peers' venv")).getParent();
    }

    private static String required(String name, String what) {
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
}
