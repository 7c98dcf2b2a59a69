package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.Emulator;
import io.blueprintstudio.aws.TestAssemblies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code deploy} and {@code destroy} on the command line, against MiniStack. */
class DeployCommandTest {
    @TempDir
    Path dir;

    private final String prefix = "c" + UUID.randomUUID().toString().substring(0, 8);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A terminal that answers every question with {@code answer} and remembers the questions. */
    private record FakeTerminal(boolean interactive, boolean answer, List<String> questions) implements Terminal {
        FakeTerminal(boolean interactive, boolean answer) {
            this(interactive, answer, new ArrayList<>());
        }

        @Override
        public boolean confirm(String question) {
            questions.add(question);
            return answer;
        }
    }

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void refusesWithoutYesWhenNotInteractive() {
        int code = run(new DeployCommand(new FakeTerminal(false, true)), sample(), "--assembly", dir.toString(),
                "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, code);
        assertTrue(err.toString().contains("not an interactive terminal. Pass --yes"), err.toString());
    }

    @Test
    void unreadableAssemblyNamesTheFolder() {
        int code = run(new DeployCommand(new FakeTerminal(false, true)), sample(), "--yes", "--assembly",
                dir.toString(), "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, code);
        assertTrue(err.toString().contains("no cloud assembly in " + dir), err.toString());
    }

    @Test
    void unreachableEndpointExitsThreeNamingIt() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("manifest.json"), """
                {"version": "48.0.0", "artifacts": {"queue": {"type": "aws:cloudformation:stack",
                  "properties": {"templateFile": "queue.template.json"}}}}""");
        java.nio.file.Files.writeString(dir.resolve("queue.template.json"),
                "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}");
        int code = run(new DeployCommand(new FakeTerminal(false, false)), sample(), "--yes", "--assembly",
                dir.toString(), "--endpoint", "http://127.0.0.1:9");
        assertEquals(3, code);
        assertTrue(err.toString().startsWith("deploy: cannot reach local endpoint http://127.0.0.1:9 (us-east-1): "),
                err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void deploysWithYesOneLinePerEventThenDestroys() {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        Path cdkOut = TestAssemblies.withFileAsset(dir, prefix, false);
        int code = run(new DeployCommand(new FakeTerminal(false, false)), sample(), "--yes", "--assembly",
                cdkOut.toString(), "--endpoint", endpoint);
        assertEquals(0, code, out + "\n" + err);
        String text = out.toString();
        assertTrue(text.contains(prefix + "-app  " + prefix + "-app  AWS::CloudFormation::Stack  CREATE_COMPLETE"),
                text);
        assertTrue(text.contains("✓ " + prefix + "-app created"), text);
        assertTrue(text.contains("LOGICAL ID"), "the diff is shown before executing: " + text);

        out.getBuffer().setLength(0);
        code = run(new DeployCommand(new FakeTerminal(false, false)), sample(), "--diff-only", "--assembly",
                TestAssemblies.withFileAsset(dir, prefix, true).toString(), "--endpoint", endpoint);
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains(prefix + "-base: no changes"), out.toString());
        assertTrue(out.toString().contains("update " + prefix + "-app: 1 change"), out.toString());

        out.getBuffer().setLength(0);
        FakeTerminal no = new FakeTerminal(true, false);
        code = run(new DestroyCommand(no), sample(), "--assembly", cdkOut.toString(), "--endpoint", endpoint);
        assertEquals(1, code);
        assertEquals(List.of("Delete " + prefix + "-app, " + prefix + "-base (in this order) from local endpoint "
                + endpoint + " (us-east-1)?"), no.questions());

        code = run(new DestroyCommand(new FakeTerminal(false, false)), sample(), "--yes", "--assembly",
                cdkOut.toString(), "--endpoint", endpoint);
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("✓ " + prefix + "-base deleted"), out.toString());
    }

    @Test
    void declinedChangeSetExitsOneAndChangesNothing() throws Exception {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        FakeTerminal no = new FakeTerminal(true, false);
        Path cdkOut = TestAssemblies.withRejectedQueue(dir, prefix);
        TestAssemblies.bootstrap(cdkOut);
        int code = run(new DeployCommand(no), sample(), "--assembly", cdkOut.toString(), "--endpoint", endpoint);
        assertEquals(1, code, out + "\n" + err);
        assertTrue(out.toString().contains("not deployed: the change set for " + prefix + "-bad was declined"),
                out.toString());
    }

    @Test
    void synthesizesIntoItsOwnFolderWithTheKeySuffixSynthTakes() throws Exception {
        String endpoint = Emulator.MINISTACK.endpoint().toString();
        TestAssemblies.bootstrap(TestAssemblies.withFileAsset(dir, prefix, false));
        Path copy = io.blueprintstudio.blueprint.TestBlueprints.copyOfSampleWithLambdaJar(dir);
        int code = run(new DeployCommand(new FakeTerminal(false, false)), copy.toString(), "--diff-only",
                "--key-suffix", ".csv", "--endpoint", endpoint);
        assertEquals(0, code, out + "\n" + err);
        Path deployOut = copy.resolve(".blueprint-studio/deploy.out");
        try (var files = java.nio.file.Files.list(deployOut)) {
            assertTrue(files.filter(f -> f.toString().endsWith(".template.json")).anyMatch(f -> read(f)
                    .contains("*.csv")), "the suffix narrows the S3 rule");
        }
        assertTrue(!java.nio.file.Files.exists(copy.resolve(".blueprint-studio/cdk.out")),
                "the Synthesize screen's folder is left alone");
    }

    private static String read(Path f) {
        try {
            return java.nio.file.Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sample() {
        return Path.of("..", "blueprints", "stepfunction_orchestrator").toString();
    }
}
