package io.blueprintstudio.cli;

import io.blueprintstudio.asl.AslParseException;
import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintLoadException;
import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.blueprint.StateMachineSource;
import io.blueprintstudio.graph.GraphLayout;
import io.blueprintstudio.graph.GraphLayouter;
import io.blueprintstudio.graph.PngExporter;
import io.blueprintstudio.graph.StateMachineGraph;
import io.blueprintstudio.graph.SvgExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code graph BLUEPRINT|FILE.json --out g.svg|g.png [--machine NAME]}: draws a state machine definition, from an
 * ASL JSON file or from a blueprint's {@code rawStepFunctionDef}.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Draw a state machine as SVG or PNG: an Amazon States Language .json file, or a blueprint "
                + "folder (its dataops-stepfunction module's rawStepFunctionDef; --machine picks one of several)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:drawn", "1:the definition is not valid JSON/YAML (file:line:column)",
            "2:bad usage (no such machine, blueprint cannot be loaded)", "3:I/O failure"})
public final class GraphCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLUEPRINT|FILE.json",
            description = "a blueprint folder (or its mdaa.yaml), or an ASL JSON file")
    private Path file;

    @Option(names = "--machine", paramLabel = "NAME",
            description = "the stateMachineName to draw when the blueprint has several")
    private String machineName;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "output file, .svg or .png")
    private Path out;

    @Option(names = "--scale", defaultValue = "2", description = "PNG pixel scale (default ${DEFAULT-VALUE})")
    private double scale;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            err.println("--out must end in .svg or .png: " + out);
            return 2;
        }
        StateMachine machine;
        boolean blueprint = Files.isDirectory(file) || file.getFileName().toString().equals(Blueprint.MDAA_FILE);
        try {
            machine = blueprint ? fromBlueprint() : AslReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (AslParseException e) {
            err.println(file + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
            return 1;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return e.exitCode;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 3;
        }
        try {
            GraphLayout layout = GraphLayouter.layout(StateMachineGraph.of(machine));
            if (name.endsWith(".svg")) {
                Files.writeString(out, SvgExporter.toSvg(layout), StandardCharsets.UTF_8);
            } else {
                PngExporter.write(layout, scale, out);
            }
        } catch (IOException e) {
            err.println("cannot write " + out + ": " + e.getMessage());
            return 3;
        }
        return 0;
    }

    /** The chosen definition of the blueprint's stepfunction modules, read from its YAML node. */
    private StateMachine fromBlueprint() throws UsageException {
        Blueprint bp;
        try {
            bp = Blueprint.load(file);
        } catch (BlueprintLoadException e) {
            throw new UsageException("cannot load the blueprint " + file + ":\n" + e.getMessage());
        }
        List<StateMachineSource> defs = bp.stateMachines();
        List<String> names = defs.stream().map(StateMachineSource::name).distinct().toList();
        if (defs.isEmpty()) {
            throw new UsageException("the blueprint " + file + " has no state machine with a rawStepFunctionDef");
        }
        if (machineName == null && names.size() > 1) {
            throw new UsageException("the blueprint has several state machines; choose one with --machine: "
                    + String.join(", ", names));
        }
        SourceNode asl = defs.stream()
                .filter(d -> machineName == null || machineName.equals(d.name())).findFirst()
                .orElseThrow(() -> new UsageException("no state machine named " + machineName + "; known: "
                        + String.join(", ", names))).asl();
        try {
            return AslReader.read(asl.node());
        } catch (AslParseException e) {
            throw new UsageException(asl.file().relativePath() + ":" + e.line() + ":" + e.column() + ": error: "
                    + e.getMessage(), 1);
        }
    }

    /** A problem to tell the user in one message, with the exit code (2: usage, 1: a bad definition). */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        UsageException(String message) {
            this(message, 2);
        }

        UsageException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
