package io.blueprintstudio.cli;

import io.blueprintstudio.sandbox.LocalSandbox;
import io.blueprintstudio.sandbox.ResultQueue;
import io.blueprintstudio.sandbox.SandboxException;
import io.blueprintstudio.sandbox.SandboxProvisioner;
import io.blueprintstudio.sandbox.SandboxResources;
import io.blueprintstudio.sandbox.SandboxSetup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sandbox}: runs the local sandbox (MiniStack plus our Lambda) until Ctrl+C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Run the local sandbox until Ctrl+C: MiniStack on a free loopback port (installed into a "
                + "Python venv on first use) and the CSV-to-Parquet Lambda hosted in this process. --deploy puts a "
                + "blueprint into it; then upload CSVs to the printed bucket and read reports from the printed "
                + "queue."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl+C", "1:the sandbox could not be installed or started, or the blueprint "
                + "not synthesized or deployed", "2:the blueprint cannot be loaded",
            "130:Ctrl+C while --deploy was deploying (the deploy is cancelled, the sandbox stopped)"})
public final class SandboxCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the sandbox's folder (default: blueprint-studio/sandbox in your data folder)")
    private Path data;

    @Option(names = "--python", paramLabel = "CMD", description = "the Python 3 to install MiniStack with "
            + "(default: python3 on the PATH)")
    private String python;

    @Option(names = "--source-bucket", paramLabel = "NAME", description = "create this bucket, with EventBridge "
            + "notifications on (repeatable)")
    private List<String> sourceBuckets = List.of();

    @Option(names = "--dest-bucket", paramLabel = "NAME", description = "create this bucket (repeatable)")
    private List<String> destinationBuckets = List.of();

    @Option(names = "--topic", paramLabel = "NAME", description = "create this SNS topic with a subscribed SQS "
            + "queue to read its messages from (repeatable)")
    private List<String> topics = List.of();

    @Option(names = "--deploy", paramLabel = "BLUEPRINT", description = "synthesize this blueprint with its Lambda "
            + "running here, create its buckets and topic, and deploy it into the sandbox")
    private Path deploy;

    @Option(names = "--env", paramLabel = "ENV", description = "with --deploy: the environment (default: the first)")
    private String env;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SandboxSetup setup = data == null ? SandboxSetup.forUser() : SandboxSetup.in(data);
        if (python != null) {
            setup = setup.withPython(python);
        }
        LocalSandbox sandbox;
        try {
            sandbox = LocalSandbox.start(setup, (message, fraction) -> {
                err.println(message);
                err.flush();
            }, line -> {
                out.println(line);
                out.flush();
            });
        } catch (SandboxException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println("Local sandbox: " + sandbox.endpoint() + " (started in " + sandbox.coldStart().toMillis()
                + " ms; MiniStack's log: " + sandbox.log() + ")");
        out.println("Lambda proxy:  " + sandbox.lambdaProxy().urlFor("FUNCTION_NAME"));
        try {
            for (ResultQueue q : new SandboxProvisioner(sandbox.target()).provision(
                    new SandboxResources(sourceBuckets, destinationBuckets, topics))) {
                out.println("Topic " + q.topicArn() + " → queue " + q.queueUrl());
            }
        } catch (SandboxException e) {
            err.println(e.getMessage());
            sandbox.close();
            return 1;
        }
        if (deploy != null) {
            int code = new SandboxDeploy(out, err).run(deploy, env, sandbox);
            if (code != 0) {
                sandbox.close();
                return code;
            }
        }
        out.println("Ctrl+C stops it.");
        out.flush();
        // Ctrl+C ends the JVM, whose exit stops MiniStack (and a JVM killed outright closes MiniStack's watchdog pipe).
        new CountDownLatch(1).await();
        return 0;
    }
}
