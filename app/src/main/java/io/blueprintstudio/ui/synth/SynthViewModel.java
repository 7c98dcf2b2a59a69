package io.blueprintstudio.ui.synth;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.synth.BlueprintSynthesizer;
import io.blueprintstudio.synth.SynthOptions;
import io.blueprintstudio.synth.SynthResult;
import io.blueprintstudio.synth.SynthesizedStack;
import io.blueprintstudio.ui.BackgroundWork;
import io.blueprintstudio.ui.BlueprintSession;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * State and actions of the Synthesize screen. {@link #synthesize()} runs on {@link BackgroundWork}; progress and
 * the step come back on the FX thread; {@link #cancel()} stops between steps. Findings also go to the session's
 * Problems list ({@link BlueprintSession#showSynthFindings}).
 */
public final class SynthViewModel {
    private final BackgroundWork work;
    private final BlueprintSession session;
    private final StringProperty env;
    private final StringProperty keySuffix;
    private final ObjectProperty<Path> outputDir = new SimpleObjectProperty<>(this, "outputDir");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Synthesize turns the open blueprint into the CloudFormation stacks MDAA would deploy, checked by "
                    + "cdk-nag.");
    private final ReadOnlyObjectWrapper<SynthResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<String> environments = FXCollections.observableArrayList();
    private final ObservableList<SynthesizedStack> stacks = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> findings = FXCollections.observableArrayList();
    private final ObjectProperty<SynthesizedStack> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper template = new ReadOnlyStringWrapper(this, "template", "");
    private Task<SynthResult> task;
    private volatile boolean cancelRequested;

    /**
     * @param session the open blueprint: its current snapshot (edits not yet saved included) is synthesized with its
     *                environment and key suffix, which Deploy shares; findings go to its Problems list until the
     *                next edit
     */
    public SynthViewModel(BackgroundWork work, BlueprintSession session) {
        this.work = work;
        this.session = session;
        this.env = session.environmentProperty();
        this.keySuffix = session.keySuffixProperty();
        selected.addListener((o, was, s) -> template.set(s == null ? "" : read(s.template())));
        refreshEnvironments();
    }

    /** Reads the open blueprint's environment names again (an edit may have added one). */
    public void refreshEnvironments() {
        List<String> names = session.refreshEnvironments();
        if (!names.equals(environments)) {
            environments.setAll(names);
        }
    }

    /** The environments of the open blueprint, for choosing which to synthesize. */
    public ObservableList<String> environments() {
        return environments;
    }

    /** Starts a synthesis unless one runs; must be called on the FX thread. */
    public void synthesize() {
        Blueprint bp = session.blueprint();
        if (running.get() || bp == null) {
            return;
        }
        refreshEnvironments();
        Path out = outputDir.get() != null ? outputDir.get()
                : bp.folder().resolve(".blueprint-studio").resolve("cdk.out");
        SynthOptions options = new SynthOptions(env.get(), out, keySuffix.get(), null);
        cancelRequested = false;
        clearPrevious();
        running.set(true);
        progress.set(0);
        status.set("Synthesizing " + bp.folder().getFileName() + " …");
        task = work.run("Synthesizing …", () -> BlueprintSynthesizer.synthesize(bp, options,
                (step, fraction) -> Platform.runLater(() -> {
                    if (running.get()) {
                        progress.set(fraction);
                        status.set(step + " …");
                    }
                }), () -> cancelRequested), this::finished, this::failed);
    }

    /** Asks the running synthesis to stop at its next step. */
    public void cancel() {
        if (running.get()) {
            cancelRequested = true;
            status.set("Cancelling …");
        }
    }

    private void finished(SynthResult r) {
        running.set(false);
        progress.set(1);
        result.set(r);
        stacks.setAll(r.stacks());
        findings.setAll(r.findings());
        session.showSynthFindings(r.findings());
        selected.set(r.stacks().isEmpty() ? null : r.stacks().get(0));
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        status.set(r.assemblyDir() == null
                ? "Not synthesized: the blueprint has " + plural(errors, "validation error") + " (see Problems)"
                : String.format(Locale.ROOT, "Synthesized %s in %.1f s: %s, %s%s", plural(r.stacks().size(),
                        "stack"), r.elapsed().toMillis() / 1000.0, plural(errors, "error"),
                        plural(warnings, "warning"), r.ok() ? "" : " — fix or suppress the errors before deploying"));
    }

    private void failed(Throwable e) {
        running.set(false);
        progress.set(0);
        clearPrevious();
        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                ? e.getCause() : e;
        status.set(cause instanceof CancellationException ? "Cancelled"
                : "Synthesis failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
    }

    /**
     * A run empties the output folder first, so the previous stacks and their findings describe nothing that is
     * still there: they leave the screen and Problems when a run starts, and stay gone when it fails.
     */
    private void clearPrevious() {
        result.set(null);
        selected.set(null);
        stacks.clear();
        findings.clear();
        session.showSynthFindings(List.of());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "cannot read " + p + ": " + e.getMessage();
        }
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The environment to synthesize (the one Deploy deploys); null for the blueprint's first. */
    public StringProperty envProperty() {
        return env;
    }

    /** Only keys ending with this start executions (in Deploy too); empty for every object, as MDAA does. */
    public StringProperty keySuffixProperty() {
        return keySuffix;
    }

    /** Where the assembly goes; null for {@code .blueprint-studio/cdk.out} in the blueprint folder. */
    public ObjectProperty<Path> outputDirProperty() {
        return outputDir;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SynthResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<SynthesizedStack> stacks() {
        return stacks;
    }

    public ObservableList<Diagnostic> findings() {
        return findings;
    }

    /** The stack whose template is shown. */
    public ObjectProperty<SynthesizedStack> selectedProperty() {
        return selected;
    }

    /** The selected stack's template JSON. */
    public ReadOnlyStringProperty templateProperty() {
        return template.getReadOnlyProperty();
    }

    /** The running task, for tests; null before the first run. */
    Task<SynthResult> task() {
        return task;
    }
}
