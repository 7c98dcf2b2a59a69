package io.blueprintstudio.cli;

import io.blueprintstudio.asl.AslParseException;
import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.graph.GraphLayout;
import io.blueprintstudio.graph.GraphLayouter;
import io.blueprintstudio.graph.PngExporter;
import io.blueprintstudio.graph.StateMachineGraph;
import io.blueprintstudio.graph.SvgExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code graph FILE.json --out g.svg|g.png}: draws a state machine definition. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Draw an Amazon States Language definition (a .json file) as SVG or PNG.",
            "Not yet: a blueprint folder (graph BLUEPRINT) — that form comes with the blueprint loader."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:drawn", "1:the file is not valid JSON (file:line:column)", "2:bad usage",
            "3:I/O failure"})
public final class GraphCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "the ASL JSON file")
    private Path file;

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
        try {
            machine = AslReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (AslParseException e) {
            err.println(file + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
            return 1;
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
}
