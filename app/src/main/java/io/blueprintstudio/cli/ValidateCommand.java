package io.blueprintstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintLoadException;
import io.blueprintstudio.validate.BlueprintValidator;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Sarif;
import io.blueprintstudio.validate.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate BLUEPRINT [--env dev] [--format text|json|sarif]}: every diagnostic, exit 1 on errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a blueprint: MDAA's schemas, template placeholders, context keys, references between "
                + "modules, Lambda code paths, AWS names, role permissions, cdk-nag suppressions, S3 trigger loops "
                + "and each state machine's ASL."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings and notes may be listed)", "1:at least one error",
            "2:bad usage, or the blueprint cannot be loaded (mdaa.yaml missing or not YAML)"})
public final class ValidateCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { TEXT, JSON, SARIF }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLUEPRINT", description = "the blueprint folder (or its mdaa.yaml)")
    private Path blueprint;

    @Option(names = "--env", paramLabel = "ENV", description = "check only this environment's modules (e.g. dev)")
    private String env;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (file:line:column: severity: message [CODE]), json or sarif (SARIF 2.1.0); "
                    + "default ${DEFAULT-VALUE}")
    private Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(blueprint)) {
            err.println("no such blueprint folder or file: " + blueprint);
            return 2;
        }
        Blueprint bp;
        try {
            bp = Blueprint.load(blueprint);
        } catch (BlueprintLoadException e) {
            err.println("cannot load the blueprint " + blueprint + ":");
            e.diagnostics().forEach(d -> err.println(d));
            return 2;
        }
        if (env != null && bp.modules().stream().noneMatch(m -> m.env().equals(env))) {
            err.println("no environment named " + env + " in " + bp.folder().resolve(Blueprint.MDAA_FILE) + "; known: "
                    + String.join(", ", bp.modules().stream().map(m -> m.env()).distinct().toList()));
            return 2;
        }
        List<Diagnostic> diagnostics = BlueprintValidator.validate(bp, env);
        switch (format) {
            case TEXT -> text(out, diagnostics);
            case JSON -> out.println(pretty(json(diagnostics)));
            case SARIF -> out.println(pretty(Sarif.log(diagnostics, BlueprintValidator.ruleInfos(),
                    new Version().getVersion()[0].replace("Blueprint Studio ", ""), bp.folder().toUri().toString())));
        }
        out.flush();
        return BlueprintValidator.hasErrors(diagnostics) ? 1 : 0;
    }

    private static void text(PrintWriter out, List<Diagnostic> diagnostics) {
        diagnostics.forEach(out::println);
        out.println(counted(diagnostics, Severity.ERROR, "error") + ", " + counted(diagnostics, Severity.WARNING,
                "warning") + ", " + counted(diagnostics, Severity.NOTE, "note"));
    }

    private static String counted(List<Diagnostic> diagnostics, Severity s, String noun) {
        long n = count(diagnostics, s);
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static long count(List<Diagnostic> diagnostics, Severity s) {
        return diagnostics.stream().filter(d -> d.severity() == s).count();
    }

    private static ObjectNode json(List<Diagnostic> diagnostics) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        for (Severity s : Severity.values()) {
            root.put(s.name().toLowerCase(Locale.ROOT) + "s", count(diagnostics, s));
        }
        ArrayNode list = root.putArray("diagnostics");
        diagnostics.forEach(d -> list.add(m.valueToTree(d)));
        return root;
    }

    private static String pretty(ObjectNode node) throws Exception {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    }
}
