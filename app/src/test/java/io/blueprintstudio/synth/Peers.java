package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The command-line peers the synth tests check against: skipped when absent, failed when absent on CI. */
final class Peers {
    private Peers() {
    }

    /** An executable from an environment variable naming it, or {@code <dir from variable>/name}. */
    static Path executable(String variable, String nameInDir) {
        String env = System.getenv(variable);
        Path p = env == null || env.isBlank() ? null : nameInDir == null ? Path.of(env) : Path.of(env, nameInDir);
        if (p != null && Files.isExecutable(p)) {
            return p;
        }
        String why = (nameInDir == null ? variable : nameInDir) + " not available (" + variable + "="
                + env + "); run ./run-tests, which sets it";
        if ("true".equals(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
        return null;
    }

    /** Runs a command; its exit code and its combined output. */
    record Run(int exit, String output) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
