package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.Emulator;
import io.blueprintstudio.aws.S3TriggeredMachine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sfn.SfnClient;

/** {@code executions run BLUEPRINT FILE} against MiniStack, with the blueprint's S3 trigger deployed. */
class ExecutionsRunCommandTest {
    @TempDir
    Path dir;

    @Test
    void followsTheRunItsUploadStartedAndNotARunOfAnotherFile() throws Exception {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        String org = Emulator.unique("cr");
        String machine = S3TriggeredMachine.deploy(Emulator.MINISTACK.target(), org);
        Path blueprint = S3TriggeredMachine.blueprint(dir, org);
        Path csv = Files.writeString(dir.resolve("orders.csv"), "id,total\n1,9.90\n", StandardCharsets.UTF_8);
        // Another file's run (same bucket, another key) starts as soon as the upload has landed: it is not the
        // upload's, though it is new and the newest.
        Thread other = new Thread(() -> {
            try (S3Client s3 = Emulator.MINISTACK.target().s3();
                    SfnClient sfn = Emulator.MINISTACK.target().client(SfnClient.builder())) {
                awaitObject(s3, org + "-raw", "incoming/orders/orders.csv");
                sfn.startExecution(b -> b.stateMachineArn(machine).name("other-file").input("{\"detail\": {\"bucket\": "
                        + "{\"name\": \"" + org + "-raw\"}, \"object\": {\"key\": \"incoming/orders/other.csv\"}}}"));
            }
        });

        CliRun run = runWhileStarting(other, "executions", "run", blueprint.toString(), csv.toString(), "--endpoint",
                endpoint, "--wait", "20");

        assertEquals(0, run.code(), run.err() + run.out());
        List<String> lines = run.lines();
        assertEquals("uploaded s3://" + org + "-raw/incoming/orders/orders.csv; waiting for " + org
                + "-dev-sales-stepfunction-sample-state-machine-1 to start", lines.get(0));
        assertTrue(lines.get(1).startsWith(machine.replace(":stateMachine:", ":execution:") + ":")
                && !lines.get(1).endsWith(":other-file"), lines.get(1));
        assertTrue(lines.get(2).contains("ExecutionStarted"), run.out());
        try (SfnClient sfn = Emulator.MINISTACK.target().client(SfnClient.builder())) {
            String input = sfn.describeExecution(b -> b.executionArn(lines.get(1))).input();
            assertTrue(input.contains("\"key\": \"incoming/orders/orders.csv\""), input);
        }
        assertEquals("SUCCEEDED", lines.get(lines.size() - 1));
    }

    @Test
    void anUploadThatStartsNothingSaysWhereItWentAndExitsOne() throws Exception {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        String org = Emulator.unique("cn");
        Path blueprint = S3TriggeredMachine.blueprint(dir, org);
        S3TriggeredMachine.deploy(Emulator.MINISTACK.target(), org);
        Path csv = Files.writeString(dir.resolve("orders.csv"), "id,total\n1,9.90\n", StandardCharsets.UTF_8);
        // Outside the rule's prefix: nothing starts (the command uploads where the blueprint says, so move that).
        Path mdaa = blueprint.resolve("mdaa.yaml");
        Files.writeString(mdaa, Files.readString(mdaa).replace("incoming/orders", "elsewhere/orders"));

        CliRun run = CliRun.of("executions", "run", blueprint.toString(), csv.toString(), "--endpoint", endpoint,
                "--wait", "3");

        assertEquals(1, run.code(), run.err() + run.out());
        assertTrue(run.err().startsWith("no execution of " + org + "-dev-sales-stepfunction-sample-state-machine-1"
                + " started for s3://" + org + "-raw/elsewhere/orders/orders.csv within 3 s"), run.err());
    }

    private static void awaitObject(S3Client s3, String bucket, String key) {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            try {
                s3.headObject(b -> b.bucket(bucket).key(key));
                return;
            } catch (S3Exception notYet) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Runs the command with {@code starter} running beside it. */
    private CliRun runWhileStarting(Thread starter, String... args) throws Exception {
        CliRun[] result = new CliRun[1];
        Thread command = new Thread(() -> result[0] = CliRun.of(args));
        command.start();
        starter.start();
        command.join(60_000);
        starter.join(10_000);
        return result[0];
    }
}
