package io.blueprintstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintLoadException;
import io.blueprintstudio.synth.BlueprintSynthesizer;
import io.blueprintstudio.synth.ExternalResources;
import io.blueprintstudio.synth.SynthException;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.synth.SynthResult;
import io.blueprintstudio.synth.SynthesizedStack;
import io.blueprintstudio.validate.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synth BLUEPRINT [--env dev] [--out cdk.out] [--key-suffix .csv] [--format text|json]}. */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Synthesize a blueprint into the CloudFormation stacks MDAA would deploy (a CDK cloud "
                + "assembly: manifest.json, *.template.json, *.assets.json), checked by cdk-nag's AwsSolutions and "
                + "NIST 800-53 R5 packs with the configs' suppressions. Needs Node.js (the CDK runs in node).",
            "A blueprint with validation errors is refused with those errors."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:synthesized, no error findings", "1:validation errors, or cdk-nag findings without a "
                + "suppression (listed as file:line:column)", "2:bad usage, the blueprint cannot be loaded, or "
                + "synthesis cannot run (no node, an output folder that is not a cloud assembly)", "130:cancelled"})
public final class SynthCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLUEPRINT", description = "the blueprint folder (or its mdaa.yaml)")
    private Path blueprint;

    @Option(names = "--env", paramLabel = "ENV", description = "the environment to synthesize (default: the first)")
    private String env;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cdk.out",
            description = "the cloud assembly folder; emptied first if it is one (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--key-suffix", paramLabel = "SUFFIX",
            description = "only objects whose key ends with SUFFIX (e.g. .csv) start executions; default: every "
                    + "object under the prefix, as MDAA does")
    private String keySuffix;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json, on stdout (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto (when stderr is a terminal), always, or never (default: ${DEFAULT-VALUE})")
    private ProgressBar.When progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(blueprint)) {
            err.println("synth: no such blueprint folder or file: " + blueprint);
            return 2;
        }
        Blueprint bp;
        try {
            bp = Blueprint.load(blueprint);
        } catch (BlueprintLoadException e) {
            err.println("synth: cannot load the blueprint " + blueprint + ":");
            e.diagnostics().forEach(err::println);
            return 2;
        }
        SynthResult result;
        StepLine line = new StepLine(progress, System.err);
        try {
            result = BlueprintSynthesizer.synthesize(bp, new SynthOptions(env, out, keySuffix, null), line,
                    () -> false);
        } catch (SynthException e) {
            line.finish();
            err.println("synth: " + e.getMessage());
            return 2;
        } catch (CancellationException e) {
            line.finish();
            err.println("synth: cancelled");
            return 130;
        }
        line.finish();
        if (format == Format.JSON) {
            stdout.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(result)));
        } else {
            text(stdout, result);
        }
        stdout.flush();
        return result.ok() ? 0 : 1;
    }

    private static void text(PrintWriter out, SynthResult r) {
        if (r.assemblyDir() == null) {
            r.findings().forEach(out::println);
            boolean validation = r.findings().stream().noneMatch(d -> d.code().startsWith("SYNTH-"));
            out.println("not synthesized: the blueprint has " + plural(r.count(Severity.ERROR), validation
                    ? "validation error" : "error"));
            return;
        }
        out.println("Synthesized " + plural(r.stacks().size(), "stack") + " into " + r.assemblyDir());
        for (SynthesizedStack s : r.stacks()) {
            out.println(String.format(Locale.ROOT, "  stage %d  %-40s %s", s.stage(), s.stackName(),
                    r.assemblyDir().relativize(s.template())));
            if (!s.dependsOn().isEmpty()) {
                out.println("           after " + String.join(", ", s.dependsOn()));
            }
            s.functionNames().forEach(f -> out.println("           Lambda " + f));
            s.stateMachines().forEach(m -> out.println("           state machine " + m.name() + " (" + m.type()
                    + "), logs " + m.logGroupName()));
        }
        external(out, r.external());
        r.findings().forEach(out::println);
        out.println(String.format(Locale.ROOT, "%s, %s, %s (%.1f s)", plural(r.count(Severity.ERROR), "error"),
                plural(r.count(Severity.WARNING), "warning"), plural(r.count(Severity.NOTE), "note"),
                r.elapsed().toMillis() / 1000.0));
    }

    /** What the stacks use but do not create, each kind listed whenever it has entries. */
    private static void external(PrintWriter out, ExternalResources x) {
        if (x.sourceBuckets().isEmpty() && x.destinationBuckets().isEmpty() && x.snsTopicArns().isEmpty()
                && x.kmsKeyArns().isEmpty()) {
            return;
        }
        out.println("Uses but does not create:");
        x.sourceBuckets().forEach(b -> out.println("  source s3://" + b.bucket() + "/" + b.prefix()
                + "  (needs EventBridge notifications on bucket " + b.bucket() + ")"));
        x.destinationBuckets().forEach(b -> out.println("  destination s3://" + b.bucket() + "/" + b.prefix()));
        x.snsTopicArns().forEach(t -> out.println("  topic " + t));
        x.kmsKeyArns().forEach(k -> out.println("  key " + k));
    }

    private static ObjectNode json(SynthResult r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("ok", r.ok());
        root.put("assembly", r.assemblyDir() == null ? null : r.assemblyDir().toString());
        root.put("elapsedMillis", r.elapsed().toMillis());
        ArrayNode stacks = root.putArray("stacks");
        for (SynthesizedStack s : r.stacks()) {
            ObjectNode n = stacks.addObject();
            n.put("stackName", s.stackName()).put("module", s.moduleName()).put("kind", s.kind().modulePath())
                    .put("stage", s.stage()).put("template", s.template().toString());
            n.set("dependsOn", m.valueToTree(s.dependsOn()));
            n.set("functionNames", m.valueToTree(s.functionNames()));
            n.set("logGroupNames", m.valueToTree(s.logGroupNames()));
            ArrayNode machines = n.putArray("stateMachines");
            s.stateMachines().forEach(x -> machines.addObject().put("name", x.name()).put("type", x.type())
                    .put("logGroupName", x.logGroupName()));
        }
        root.set("external", m.valueToTree(r.external()));
        for (Severity s : Severity.values()) {
            root.put(s.name().toLowerCase(Locale.ROOT) + "s", r.count(s));
        }
        ArrayNode findings = root.putArray("findings");
        r.findings().forEach(d -> findings.add(m.valueToTree(d)));
        return root;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
