package io.blueprintstudio.aws;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.synth.BlueprintSynthesizer;
import io.blueprintstudio.synth.SynthException;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.synth.SynthResult;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

/**
 * What a deploy takes: a cloud assembly, and the source buckets the blueprint reads from but does not create
 * (checked after the deploy).
 *
 * @param assembly      the stacks to deploy
 * @param sourceBuckets buckets whose uploads start executions; empty for an assembly read from a folder
 * @param notes         a line about the synthesis (empty for a folder)
 */
public record DeploySource(CloudAssembly assembly, List<String> sourceBuckets, String notes) {
    /** The folder in a blueprint where its synthesized assembly goes, beside the editor's backups. */
    public static final String OUTPUT = ".blueprint-studio";
    /** Deploy's assembly folder inside {@value #OUTPUT}. */
    public static final String DEPLOY_FOLDER = "deploy.out";

    public DeploySource {
        sourceBuckets = List.copyOf(sourceBuckets);
    }

    /** The blueprint's {@value #OUTPUT} folder, or a temporary one when the blueprint is read-only (installed). */
    private static Path outputFolder(Blueprint blueprint) throws DeployException {
        if (Files.isWritable(blueprint.folder())) {
            return blueprint.folder().resolve(OUTPUT);
        }
        try {
            return Files.createTempDirectory("bps-synth");
        } catch (IOException e) {
            throw new DeployException("no folder to synthesize into: " + e.getMessage(), e);
        }
    }

    /** An already synthesized assembly. */
    public static DeploySource read(Path cdkOut) throws DeployException {
        return new DeploySource(CloudAssembly.read(cdkOut), List.of(), "");
    }

    /**
     * Synthesizes {@code blueprint}'s {@code env} (null: its first) with {@code keySuffix} (null or empty: every
     * object starts an execution) into {@value #DEPLOY_FOLDER} of the blueprint's {@value #OUTPUT} folder (a
     * temporary folder when that is read-only): Deploy's own, so a synthesis elsewhere (the Synthesize screen
     * writes {@code cdk.out} beside it) never replaces what a deploy previewed. Validation errors and cdk-nag errors
     * refuse it, listed in the exception's message.
     */
    public static DeploySource synthesize(Blueprint blueprint, String env, String keySuffix, DeployListener listener,
            CancelSignal cancel) throws DeployException {
        Path out = outputFolder(blueprint).resolve(DEPLOY_FOLDER);
        SynthResult r;
        try {
            r = BlueprintSynthesizer.synthesize(blueprint, new SynthOptions(env, out, keySuffix, null),
                    (step, fraction) -> listener.step(step), cancel::isCancelled);
        } catch (SynthException e) {
            throw new DeployException("cannot synthesize " + blueprint.folder().getFileName() + ": "
                    + e.getMessage(), e);
        } catch (CancellationException e) {
            throw new DeployException("cancelled while synthesizing; nothing was deployed", e);
        }
        if (!r.ok()) {
            List<Diagnostic> errors = r.findings().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            throw new DeployException("synthesis refused: " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + " to fix first:\n" + errors.stream().map(Diagnostic::toString)
                            .collect(Collectors.joining("\n")));
        }
        String notes = "synthesized " + r.stacks().size() + " stacks in " + r.elapsed().toMillis() + " ms ("
                + r.count(Severity.WARNING) + " warnings, " + r.count(Severity.NOTE) + " notes) into " + out;
        return new DeploySource(CloudAssembly.read(r.assemblyDir()), r.external().sourceBucketNames(), notes);
    }
}
