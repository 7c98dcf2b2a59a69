package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import io.blueprintstudio.sandbox.SandboxPeers;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sandbox}: what a user reads when it cannot start or provision, and its exit code. */
class SandboxCommandTest {
    @Test
    void withoutPythonExitsOneWithTheManualCommandAndNoStackTrace(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("sandbox", "--data", dir.toString(), "--python", dir.resolve("no-python").toString());
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("Python 3 was not found (tried '" + dir.resolve("no-python") + "')"),
                err.toString());
        assertTrue(err.toString().contains("GATEWAY_PORT=4566 BIND_HOST=127.0.0.1 IOT_MTLS_ENABLED=0 SFTP_ENABLED=0 "
                + "ministack-venv/bin/ministack"),
                err.toString());
        assertTrue(!err.toString().contains("\tat "), "a stack trace: " + err);
        assertEquals("", out.toString());
    }

    /** The SDK refuses such a name before sending it; that used to escape as an IllegalArgumentException trace. */
    @Test
    void aBucketNameS3RefusesIsAMessageAndStopsTheSandbox(@TempDir Path dir) {
        System.setProperty("blueprint-studio.sandbox.venv", SandboxPeers.peersVenv().toString());
        try {
            CliRun run = CliRun.of("sandbox", "--data", dir.toString(), "--source-bucket", "Bad_Bucket..Name");
            assertEquals(1, run.code(), run.err());
            assertTrue(run.err().contains("Could not create the sandbox's source bucket Bad_Bucket..Name in local "
                    + "endpoint http://127.0.0.1:"), run.err());
            assertFalse(run.err().contains("\tat "), "a stack trace: " + run.err());
            assertFalse(Files.exists(dir.resolve("ministack.pid")), "the sandbox was left running");
        } finally {
            System.clearProperty("blueprint-studio.sandbox.venv");
        }
    }
}
