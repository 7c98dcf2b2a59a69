package io.blueprintstudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code blueprint-studio} command. Without a subcommand it opens the desktop app on the sample blueprint. */
@Command(name = "blueprint-studio", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Edit, check, convert for, and deploy MDAA Step Function Orchestrator blueprints.",
        subcommands = {OpenCommand.class, ValidateCommand.class, ConvertCommand.class, GraphCommand.class,
            SynthCommand.class, DeployCommand.class, DestroyCommand.class, ExecutionsCommand.class,
            SandboxCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        return new OpenCommand().call();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        // No picocli @argument-files: "executions start --input @file" reads the file itself.
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).setExpandAtFiles(false);
    }
}
