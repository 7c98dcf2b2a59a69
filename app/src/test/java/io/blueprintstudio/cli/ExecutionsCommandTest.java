package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.Emulator;
import io.blueprintstudio.aws.OrchestratorMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code executions start|tail|list} against MiniStack. */
class ExecutionsCommandTest {
    @TempDir
    Path dir;

    @Test
    void startFollowPrintsOneLinePerEventAndExitsZeroOnSuccess() throws Exception {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        String name = Emulator.unique("cli");
        OrchestratorMachine.create(Emulator.MINISTACK, name, 0);
        Path input = Files.writeString(dir.resolve("input.json"), "{\"want\": \"passed\", \"key\": \"k.csv\"}");
        CliRun ok = CliRun.of("executions", "start", name, "--input", "@" + input, "--name", "ok", "--follow",
                "--endpoint", endpoint);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.lines().get(0).endsWith(":execution:" + name + ":ok"), ok.out());
        assertTrue(ok.lines().stream().anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  Report Result +"
                + "TaskStateEntered +input .*")), ok.out());
        assertEquals("SUCCEEDED", ok.lines().get(ok.lines().size() - 1));

        CliRun bad = CliRun.of("executions", "start", name, "--input", "{\"want\": \"failed\"}", "--name", "bad", "--follow",
                "--endpoint", endpoint);
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.out().contains("ExecutionFailed") && bad.out().contains("ConversionFailed: the CSV could not"),
                bad.out());

        CliRun failed = CliRun.of("executions", "list", name, "--status", "FAILED", "--endpoint", endpoint);
        assertEquals(0, failed.code(), failed.err());
        assertTrue(failed.out().startsWith("FAILED ") && failed.out().contains(":bad") && !failed.out().contains(":ok"),
                failed.out());

        String okArn = ok.lines().get(0);
        CliRun tail = CliRun.of("executions", "tail", okArn, "--endpoint", endpoint);
        assertEquals(0, tail.code(), tail.err());
        assertEquals(ok.lines().subList(1, ok.lines().size()), tail.lines(), "tail shows the same events again");
    }

    @Test
    void badInputAndUnknownMachineGetAMessageAndExitTwo() throws Exception {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"want\": \n}");
        CliRun notJson = CliRun.of("executions", "start", "any", "--input", "@" + broken, "--endpoint", endpoint);
        assertEquals(2, notJson.code());
        assertTrue(notJson.err().startsWith(broken + " is not JSON (line 3, column"), notJson.err());
        CliRun missing = CliRun.of("executions", "list", "no-such-machine", "--endpoint", endpoint);
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("no state machine named no-such-machine"), missing.err());
        CliRun notArn = CliRun.of("executions", "tail", "no-such-machine", "--endpoint", endpoint);
        assertEquals(2, notArn.code());
        assertTrue(notArn.err().startsWith("not an execution ARN: no-such-machine"), notArn.err());
    }
}
