package io.blueprintstudio.ui.deploy;

import io.blueprintstudio.aws.Approval;
import io.blueprintstudio.aws.AwsProfiles;
import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.BootstrapStatus;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.CloudAssembly;
import io.blueprintstudio.aws.DeployException;
import io.blueprintstudio.aws.DeployListener;
import io.blueprintstudio.aws.DeployResult;
import io.blueprintstudio.aws.DeploySource;
import io.blueprintstudio.aws.Deployer;
import io.blueprintstudio.aws.ResourceChange;
import io.blueprintstudio.aws.SourceBuckets;
import io.blueprintstudio.aws.StackArtifact;
import io.blueprintstudio.aws.StackEvent;
import io.blueprintstudio.aws.StackOutcome;
import io.blueprintstudio.aws.StackPlan;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.ui.BackgroundWork;
import io.blueprintstudio.ui.BlueprintSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * State and actions of the Deploy screen: the target form (writing the window's shared target), preview, bootstrap,
 * deploy, cancel, destroy, and what they report. Work runs through {@link BackgroundWork}; every property changes on
 * the FX thread. Holds no nodes.
 */
public final class DeployViewModel {
    /** Where the screen is. */
    public enum Phase { IDLE, WORKING, NEEDS_BOOTSTRAP, PREVIEWED, DEPLOYED, FAILED, CANCELLED }

    private final BackgroundWork work;
    private final ObjectProperty<AwsTarget> target;
    private final ObjectProperty<TargetChoice.Kind> kind = new SimpleObjectProperty<>(this, "kind",
            TargetChoice.Kind.PROFILE);
    private final StringProperty profile = new SimpleStringProperty(this, "profile", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObservableList<TargetChoice.Kind> kinds = FXCollections.observableArrayList(
            TargetChoice.Kind.PROFILE, TargetChoice.Kind.ENDPOINT);
    /** Hook for the local sandbox: when set, "Local sandbox" is offered and its target comes from here. */
    private final ObjectProperty<Supplier<AwsTarget>> localSandbox = new SimpleObjectProperty<>(this, "localSandbox");
    private final ObjectProperty<BlueprintSynthesis> sandboxSynthesis = new SimpleObjectProperty<>(this,
            "sandboxSynthesis");
    /** A synthesized cloud assembly chosen instead of the open blueprint. */
    private final ObjectProperty<Path> assemblyFolder = new SimpleObjectProperty<>(this, "assemblyFolder");
    /** The open blueprint, read on the FX thread when a preview starts; synthesized unless a cdk.out is chosen. */
    private final ObjectProperty<BlueprintSession> session = new SimpleObjectProperty<>(this, "session");
    /** The session's environment and key suffix (shared with Synthesize), followed while it is open. */
    private final StringProperty environment = new SimpleStringProperty(this, "environment");
    private final StringProperty keySuffix = new SimpleStringProperty(this, "keySuffix", "");
    private final ObservableList<String> environments = FXCollections.observableArrayList();
    /** Change sets made during a deploy: shown, and run when the user says so. */
    private final NewChangeSets newChangeSets = new NewChangeSets(this::showNewPlan);
    private final ReadOnlyStringWrapper targetError = new ReadOnlyStringWrapper(this, "targetError", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObservableList<String> plans = FXCollections.observableArrayList();
    private final ObservableList<ResourceChange> changes = FXCollections.observableArrayList();
    private final ObservableList<StackEvent> events = FXCollections.observableArrayList();
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private final ObservableList<SourceBuckets.Check> sourceChecks = FXCollections.observableArrayList();
    private final BooleanBinding busy = phase.isEqualTo(Phase.WORKING);
    private final PauseTransition regionLookup = new PauseTransition(Duration.millis(400));
    /** The form's target (the window's once its region is known); null while the form is wrong. */
    private AwsTarget chosen;
    /** The target the shown preview (and its assembly) was made for; everything below belongs to it. */
    private AwsTarget previewTarget;
    /** The environment (resolved: never null for a synthesized one) and key suffix it was synthesized with. */
    private List<String> previewSettings = List.of();
    private CloudAssembly assembly;
    private List<String> sourceBuckets = List.of();
    private List<StackPlan> prepared = List.of();
    private BootstrapStatus bootstrap;
    private CancelSignal cancel = new CancelSignal();

    /** @param target the window's shared AWS target, which this screen's form sets */
    public DeployViewModel(BackgroundWork work, ObjectProperty<AwsTarget> target) {
        this.work = work;
        this.target = target;
        fillFrom(target.get());
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(kind, profile, region, endpoint,
                localSandbox)) {
            p.addListener(o -> updateTarget());
        }
        localSandbox.addListener((o, was, now) -> {
            if (now == null) {
                kinds.remove(TargetChoice.Kind.SANDBOX);
            } else if (!kinds.contains(TargetChoice.Kind.SANDBOX)) {
                kinds.add(TargetChoice.Kind.SANDBOX);
            }
        });
        session.addListener((o, was, now) -> followSession(was, now));
        newChangeSets.waitingProperty().addListener((o, was, now) -> {
            if (now != null) {
                status.set(now.stackName() + " has changes no preview showed: review them above, then deploy it or "
                        + "stop");
            }
        });
        for (StringProperty p : List.of(environment, keySuffix)) {
            p.addListener(o -> settingsChanged());
        }
        try {
            profiles.setAll(AwsProfiles.names());
        } catch (DeployException e) {
            targetError.set(e.getMessage());
        }
        updateTarget();
    }

    private void fillFrom(AwsTarget t) {
        if (t == null) {
            return;
        }
        t.endpoint().ifPresentOrElse(e -> {
            kind.set(TargetChoice.Kind.ENDPOINT);
            endpoint.set(e.toString());
        }, () -> profile.set(t.profile().orElse("")));
        region.set(t.region().orElse(""));
    }

    /**
     * Makes the form's target. Only a real change of target (not every keystroke that gives the same one) drops a
     * preview, and on the target it was made for. A target whose region the SDK must look up (which may take a
     * second) becomes the window's once that is done, off the FX thread.
     */
    private void updateTarget() {
        AwsTarget t;
        try {
            t = TargetChoice.build(kind.get(), profile.get(), region.get(), endpoint.get(), localSandbox.get());
            targetError.set("");
        } catch (IllegalArgumentException e) {
            chosen = null;
            target.set(null);
            targetError.set(e.getMessage());
            return;
        }
        if (t.equals(chosen)) {
            return;
        }
        chosen = t;
        if (previewTarget != null && !t.equals(previewTarget) && phase.get() != Phase.WORKING) {
            forgetPreview();
        }
        regionLookup.stop();
        if (t.knownRegion().isPresent()) {
            target.set(t);
            return;
        }
        // Once typing pauses: a profile name typed letter by letter would queue a lookup per letter.
        regionLookup.setOnFinished(e -> work.run("Reading the region of " + t.describe() + " …", () -> {
            t.resolvedRegion();
            return t;
        }, resolved -> {
            if (resolved == chosen) {
                target.set(resolved);
            }
        }, x -> { }));
        regionLookup.playFromStart();
    }

    /** Follows the open blueprint's environment and key suffix, which Synthesize shows too. */
    private void followSession(BlueprintSession was, BlueprintSession now) {
        if (was != null) {
            environment.unbindBidirectional(was.environmentProperty());
            keySuffix.unbindBidirectional(was.keySuffixProperty());
        }
        if (now != null) {
            environment.bindBidirectional(now.environmentProperty());
            keySuffix.bindBidirectional(now.keySuffixProperty());
        }
        refreshEnvironments();
    }

    /** Reads the open blueprint's environment names again (an edit may have added one). */
    public void refreshEnvironments() {
        List<String> names = session.get() == null ? List.of() : session.get().refreshEnvironments();
        if (!names.equals(environments)) {
            environments.setAll(names);
        }
    }

    /** What was previewed was made with other settings: it is not what would be deployed now. */
    private void settingsChanged() {
        if (previewTarget != null && phase.get() != Phase.WORKING && assemblyFolder.get() == null
                && !settings().equals(previewSettings)) {
            forgetPreview();
        }
    }

    /** The environment (set to the first once a blueprint is open, see refreshEnvironments) and the key suffix. */
    private List<String> settings() {
        return List.of(environment.get() == null ? "" : environment.get(),
                keySuffix.get() == null ? "" : keySuffix.get());
    }

    /** Synthesizes (or reads the chosen cdk.out), checks the bootstrap and previews every stack's change set. */
    public void diff() {
        AwsTarget t = requireTarget();
        if (t == null) {
            return;
        }
        Path folder = assemblyFolder.get();
        Blueprint open = folder == null && session.get() != null ? session.get().blueprint() : null;
        if (folder == null && open == null) {
            failed("Nothing to deploy: open a blueprint, or choose a synthesized cloud assembly (cdk.out…)");
            return;
        }
        forgetPreview();
        events.clear();
        results.clear();
        sourceChecks.clear();
        String env = environment.get();
        String suffix = keySuffix.get();
        List<String> made = settings();
        BlueprintSynthesis synthesis = kind.get() == TargetChoice.Kind.SANDBOX && sandboxSynthesis.get() != null
                ? sandboxSynthesis.get() : DeploySource::synthesize;
        run(folder == null ? "Synthesizing and previewing …" : "Previewing changes …",
                () -> preview(t, folder, open, env, suffix, synthesis), p -> {
                    previewSettings = made;
                    showPreview(p);
                });
    }

    private Preview preview(AwsTarget t, Path folder, Blueprint open, String env, String suffix,
            BlueprintSynthesis synthesis) throws DeployException {
        DeploySource source = folder != null ? DeploySource.read(folder)
                : synthesis.synthesize(open, env, suffix, listener(), cancel);
        try (Deployer d = new Deployer(t)) {
            CloudAssembly a = source.assembly();
            BootstrapStatus s = d.bootstrapStatus(a);
            return new Preview(t, source, s, s.ready() ? d.diff(a, listener(), cancel) : List.of());
        }
    }

    private record Preview(AwsTarget target, DeploySource source, BootstrapStatus bootstrap, List<StackPlan> plans) {
    }

    private void showPreview(Preview p) {
        if (!p.target().equals(chosen)) { // the form changed while it ran: it is not what the screen shows
            previewTarget = p.target();
            prepared = p.plans();
            forgetPreview();
            status.set("The target changed during the preview: preview again");
            return;
        }
        previewTarget = p.target();
        assembly = p.source().assembly();
        sourceBuckets = p.source().sourceBuckets();
        bootstrap = p.bootstrap();
        prepared = p.plans();
        plans.setAll(p.plans().stream().map(StackPlan::summary).toList());
        changes.setAll(p.plans().stream().flatMap(x -> x.changes().stream()).toList());
        if (!p.bootstrap().ready()) {
            status.set("Not bootstrapped: " + p.bootstrap().problem() + ". Bootstrap creates the assets bucket and "
                    + "version parameter (stack CDKToolkit).");
            phase.set(Phase.NEEDS_BOOTSTRAP);
        } else {
            status.set("Preview of " + p.plans().size() + " stacks: " + changes.size() + " changes");
            phase.set(Phase.PREVIEWED);
        }
    }

    /** Creates the bootstrap stack the preview found missing, then previews again. */
    public void bootstrap() {
        AwsTarget t = previewTarget;
        if (t == null || bootstrap == null || busy.get()) {
            return;
        }
        int version = bootstrap.required();
        run("Bootstrapping …", () -> {
            try (Deployer d = new Deployer(t)) {
                return d.bootstrap(version, listener(), cancel);
            }
        }, o -> {
            results.add(o.summary());
            if (o.ok()) {
                diff();
            } else {
                failed(o.summary());
            }
        });
    }

    /**
     * Executes the previewed change sets stack by stack, streaming events. A stack whose change set has to be made
     * again during the deploy (its preview found no changes or could not be made, or an earlier stack changed what
     * it reads) and now shows other changes waits for the user: its new changes are shown and
     * {@link #approvalRequestProperty()} asks.
     */
    public void deploy() {
        AwsTarget t = previewTarget;
        if (t == null || assembly == null || phase.get() != Phase.PREVIEWED) {
            return;
        }
        CloudAssembly a = assembly;
        List<StackPlan> ready = prepared;
        prepared = List.of();
        events.clear();
        results.clear();
        run("Deploying …", () -> {
            try (Deployer d = new Deployer(t)) {
                return d.deploy(a, ready, approval(ready), listener(), cancel);
            }
        }, this::showResult);
    }

    /** A change set made during the deploy: its rows and summary replace the preview's of that stack. */
    private void showNewPlan(StackPlan plan) {
        List<String> order = assembly == null ? List.of()
                : assembly.stacks().stream().map(StackArtifact::stackName).toList();
        List<ResourceChange> rows = new java.util.ArrayList<>(changes.stream()
                .filter(c -> !c.stackName().equals(plan.stackName())).toList());
        rows.addAll(plan.changes());
        rows.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.stackName())));
        changes.setAll(rows);
        String stack = plan.stackName() + ":";
        plans.replaceAll(line -> line.startsWith(stack) || line.startsWith("create " + stack)
                || line.startsWith("update " + stack) ? plan.summary() : line);
    }

    /** The deploy's approval; made on its thread, after {@link #run} set the deploy's cancel signal. */
    private Approval approval(List<StackPlan> previewed) {
        return newChangeSets.forDeploy(previewed, cancel);
    }

    /** Deploys the stack that waits ({@link #approvalRequestProperty()}). */
    public void approveStack() {
        newChangeSets.answer(NewChangeSets.Answer.DEPLOY);
    }

    /** Deploys the stack that waits and every later one without asking again. */
    public void approveRemaining() {
        newChangeSets.answer(NewChangeSets.Answer.DEPLOY_REMAINING);
    }

    /** Stops the deploy before the waiting stack: its change set is dropped, the stacks deployed stay. */
    public void stopDeploy() {
        newChangeSets.answer(NewChangeSets.Answer.STOP);
    }

    /** Deletes the previewed assembly's stacks, last first. */
    public void destroy() {
        AwsTarget t = previewTarget;
        if (t == null || assembly == null || busy.get()) {
            return;
        }
        CloudAssembly a = assembly;
        List<StackPlan> unused = prepared;
        prepared = List.of();
        events.clear();
        results.clear();
        run("Destroying …", () -> {
            try (Deployer d = new Deployer(t)) {
                unused.forEach(d::discard);
                return d.destroy(a, listener(), cancel);
            }
        }, this::showResult);
    }

    private void showResult(DeployResult r) {
        results.setAll(r.stacks().stream().map(o -> (o.ok() ? "✓ " : "✗ ") + o.summary()).toList());
        status.set(r.apiCallCount() + " AWS API calls");
        StackOutcome bad = r.stacks().stream().filter(o -> !o.ok()).findFirst().orElse(null);
        if (bad == null) {
            phase.set(Phase.DEPLOYED);
            if (r.stacks().stream().anyMatch(o -> o.result() != StackOutcome.Result.DELETED
                    && o.result() != StackOutcome.Result.NOT_DEPLOYED)) {
                checkSourceBuckets(sourceBuckets);
            }
        } else if (bad.result() == StackOutcome.Result.CANCELLED) {
            failure.set(bad.summary());
            phase.set(Phase.CANCELLED);
        } else {
            failed(bad.summary());
        }
    }

    /** Asks the running work to stop; it cancels what it started and reports the state it left. */
    public void cancel() {
        if (busy.get()) {
            cancel.cancel();
            newChangeSets.answer(NewChangeSets.Answer.STOP);
            status.set("Cancelling …");
        }
    }

    /** Switches on EventBridge notifications of a source bucket found without them. */
    public void enableEventBridge(SourceBuckets.Check check) {
        AwsTarget t = previewTarget != null ? previewTarget : requireTarget();
        if (t == null) {
            return;
        }
        run("Switching on EventBridge for " + check.bucket() + " …", () -> {
            try (SourceBuckets b = new SourceBuckets(t)) {
                b.enableEventBridge(check.bucket());
                return b.check(check.bucket());
            }
        }, now -> {
            sourceChecks.replaceAll(c -> c.bucket().equals(now.bucket()) ? now : c);
            status.set("EventBridge notifications of s3://" + now.bucket() + ": " + (now.state()
                    == SourceBuckets.State.READY ? "on" : "still off"));
            phase.set(Phase.DEPLOYED);
        });
    }

    /** Checks buckets the blueprint reads from but does not create (called with the synthesized list). */
    public void checkSourceBuckets(List<String> buckets) {
        AwsTarget t = previewTarget != null ? previewTarget : chosen;
        if (t == null || buckets.isEmpty()) {
            return;
        }
        Phase after = phase.get();
        run("Checking source buckets …", () -> {
            try (SourceBuckets b = new SourceBuckets(t)) {
                java.util.ArrayList<SourceBuckets.Check> checks = new java.util.ArrayList<>();
                for (String bucket : buckets) {
                    checks.add(b.check(bucket));
                }
                return checks;
            }
        }, checks -> {
            sourceChecks.setAll(checks);
            long ready = checks.stream().filter(c -> c.state() == SourceBuckets.State.READY).count();
            status.set(ready + " of " + checks.size() + " source buckets ready for uploads");
            phase.set(after);
        });
    }

    private <T> void run(String what, Callable<T> job, Consumer<T> onSuccess) {
        cancel = new CancelSignal();
        failure.set("");
        phase.set(Phase.WORKING);
        status.set(what);
        work.run(what, job, onSuccess, e -> failed(e instanceof DeployException ? e.getMessage()
                : "Unexpected error: " + e));
    }

    private void failed(String message) {
        failure.set(message);
        phase.set(Phase.FAILED);
    }

    private AwsTarget requireTarget() {
        if (chosen == null) {
            failure.set(targetError.get().isEmpty() ? "Choose where to deploy" : targetError.get());
        }
        return chosen;
    }

    /** Drops what a preview found; its change sets are dropped on the target it was made for. */
    private void forgetPreview() {
        List<StackPlan> old = prepared;
        AwsTarget previous = previewTarget;
        prepared = List.of();
        previewTarget = null;
        assembly = null;
        plans.clear();
        changes.clear();
        failure.set("");
        phase.set(Phase.IDLE);
        if (!old.isEmpty() && previous != null) {
            work.run("Dropping unused change sets …", () -> {
                try (Deployer d = new Deployer(previous)) {
                    old.forEach(d::discard);
                }
                return null;
            }, x -> { }, e -> { });
        }
    }

    private DeployListener listener() {
        return new DeployListener() {
            @Override
            public void step(String message) {
                Platform.runLater(() -> status.set(message));
            }

            @Override
            public void event(StackEvent event) {
                Platform.runLater(() -> events.add(event));
            }
        };
    }

    public ObjectProperty<TargetChoice.Kind> kindProperty() {
        return kind;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public ObservableList<TargetChoice.Kind> kinds() {
        return kinds;
    }

    /** Chooses the "Local sandbox" target, when offered (the window calls it as the sandbox starts). */
    public void chooseLocalSandbox() {
        if (kinds.contains(TargetChoice.Kind.SANDBOX)) {
            kind.set(TargetChoice.Kind.SANDBOX);
        }
    }

    /** How the open blueprint is synthesized; the local sandbox plugs in its own (Lambda proxy, its resources). */
    @FunctionalInterface
    public interface BlueprintSynthesis {
        /** {@code env} null: the first; {@code keySuffix} empty: every object starts an execution. */
        DeploySource synthesize(Blueprint blueprint, String env, String keySuffix, DeployListener listener,
                CancelSignal cancel) throws DeployException;
    }

    /** The synthesis used when the target is the local sandbox; null: the ordinary one. */
    public ObjectProperty<BlueprintSynthesis> sandboxSynthesisProperty() {
        return sandboxSynthesis;
    }

    public ObjectProperty<Supplier<AwsTarget>> localSandboxProperty() {
        return localSandbox;
    }

    public ObjectProperty<Path> assemblyFolderProperty() {
        return assemblyFolder;
    }

    /** The open blueprint's session; null when none is open. */
    public ObjectProperty<BlueprintSession> sessionProperty() {
        return session;
    }

    /** The environment deployed (the session's, shared with Synthesize); null for the first. */
    public StringProperty environmentProperty() {
        return environment;
    }

    /** The key suffix deployed (the session's, shared with Synthesize); empty for every object. */
    public StringProperty keySuffixProperty() {
        return keySuffix;
    }

    /** The open blueprint's environments. */
    public ObservableList<String> environments() {
        return environments;
    }

    /** The stack that waits for {@link #approveStack()}, {@link #approveRemaining()} or {@link #stopDeploy()}. */
    public ReadOnlyObjectProperty<StackPlan> approvalRequestProperty() {
        return newChangeSets.waitingProperty();
    }

    public ReadOnlyStringProperty targetErrorProperty() {
        return targetError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObservableList<String> plans() {
        return plans;
    }

    public ObservableList<ResourceChange> changes() {
        return changes;
    }

    public ObservableList<StackEvent> events() {
        return events;
    }

    public ObservableList<String> results() {
        return results;
    }

    public ObservableList<SourceBuckets.Check> sourceChecks() {
        return sourceChecks;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }
}
