package io.blueprintstudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code blueprint-studio} command. Without a subcommand it will open the desktop app; until the app exists
 * (a later issue) it says so and lists what works today.
 */
@Command(name = "blueprint-studio", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Edit, check, convert for, and deploy MDAA Step Function Orchestrator blueprints.",
        subcommands = {ConvertCommand.class, GraphCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        var err = spec.commandLine().getErr();
        err.println("The desktop app is not built yet; the commands below work headless today.");
        spec.commandLine().usage(err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
