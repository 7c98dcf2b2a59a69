package io.blueprintstudio.ui;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintEditor;
import io.blueprintstudio.validate.BlueprintValidator;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The open blueprint, shared by every screen: its {@link BlueprintEditor} (one undo history for text edits and form
 * edits alike), the current snapshot, the diagnostics (validated again in the background 300 ms after the last
 * change) and which files are unsaved. Every change goes through here, so all screens see it at once.
 *
 * <p>Screens that hold typed text not yet committed (the YAML editor between keystrokes) register a flush, run
 * before undo, redo, save and close, so those act on what the person sees. Use on the FX thread only.
 */
public final class BlueprintSession {
    /** Quiet time after the last change before validating again. */
    static final Duration VALIDATE_DELAY = Duration.millis(300);

    private final BlueprintEditor editor;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<Blueprint> blueprint;
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<String> dirtyFiles = FXCollections.observableArrayList();
    // One read-only view each, kept: a wrapper made per call would be collected with the listeners added to it.
    private final ObservableList<Diagnostic> diagnosticsView = FXCollections.unmodifiableObservableList(diagnostics);
    private final ObservableList<String> dirtyFilesView = FXCollections.unmodifiableObservableList(dirtyFiles);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper(this, "validating");
    // What shapes the templates, shared so that Synthesize shows what Deploy deploys; defaults as the CLI's.
    private final StringProperty environment = new SimpleStringProperty(this, "environment");
    private final StringProperty keySuffix = new SimpleStringProperty(this, "keySuffix", "");
    private final PauseTransition validateLater = new PauseTransition(VALIDATE_DELAY);
    private final List<Runnable> flushes = new ArrayList<>();
    /** Text refused by the model (mdaa.yaml that does not parse), per file: shown, dirty, reported, not saved. */
    private final Map<String, Refused> refused = new LinkedHashMap<>();
    private List<Diagnostic> validated;
    /** Some screen holds typed text not committed yet: unsaved too, so Save is enabled at the first keystroke. */
    private boolean typing;

    public BlueprintSession(BlueprintEditor editor, List<Diagnostic> initialDiagnostics, BackgroundWork work) {
        this.editor = editor;
        this.work = work;
        this.blueprint = new ReadOnlyObjectWrapper<>(this, "blueprint", editor.blueprint());
        this.validated = List.copyOf(initialDiagnostics);
        validateLater.setOnFinished(e -> validate());
        refresh();
        publishDiagnostics();
    }

    /** Loads and validates a blueprint folder; call off the FX thread (through {@link BackgroundWork}). */
    public static Loaded load(Path folder) throws Exception {
        BlueprintEditor editor = BlueprintEditor.open(folder);
        return new Loaded(editor, BlueprintValidator.validate(editor.blueprint()));
    }

    private record Refused(String text, Diagnostic why) {
    }

    /** What {@link #load} read, to make a session of on the FX thread. */
    public record Loaded(BlueprintEditor editor, List<Diagnostic> diagnostics) {
    }

    // ---- changes

    /**
     * The YAML editor's commit of a file's whole text: one undo step. Text that does not parse is kept (and shows
     * as a syntax error), except in {@code mdaa.yaml}, which must parse for there to be a blueprint: then the text
     * stays with the editor, the file stays dirty, and the reason is returned and listed with the diagnostics.
     */
    public Optional<Diagnostic> editText(String file, String text, String description) {
        typing = false;
        try {
            editor.editText(file, text, description);
            refused.remove(file);
            changed();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            Diagnostic d = syntaxDiagnostic(file, text, e.getMessage());
            refused.put(file, new Refused(text, d));
            refresh();
            publishDiagnostics();
            return Optional.of(d);
        }
    }

    /** Any other change (a form's), as one undoable step; throws what the editor throws when refused. */
    public void edit(Consumer<BlueprintEditor> change) {
        flushPending();
        change.accept(editor);
        changed();
    }

    /** Undoes the last step; text refused since (a broken mdaa.yaml) is that last step and is dropped first. */
    public void undo() {
        flushPending();
        if (!refused.isEmpty()) {
            refused.clear();
            refresh();
            publishDiagnostics();
            return;
        }
        if (editor.undo()) {
            refused.clear();
            changed();
        }
    }

    /** Redoes the last undone step; not while refused text is shown, which redo would silently throw away. */
    public void redo() {
        flushPending();
        if (refused.isEmpty() && editor.redo()) {
            changed();
        }
    }

    /**
     * Writes every changed file atomically (see {@link BlueprintEditor#save()}). On the FX thread on purpose: the
     * editor is single-threaded and a save is a few KB; a background save would race with typing.
     */
    public void save() throws IOException {
        flushPending();
        if (!refused.isEmpty()) {
            Diagnostic d = refused.values().iterator().next().why();
            throw new IOException(d.file() + " cannot be saved while it does not parse (line " + d.line() + ": "
                    + d.message() + "). Fix it, or undo; your text stays in the editor.");
        }
        editor.save();
        refresh();
    }

    /** A screen has typed text it will commit shortly (through {@link #editText}); the session counts as dirty. */
    public void typing() {
        typing = true;
        dirty.set(true);
    }

    /** Registers a screen's flush of not-yet-committed typing. */
    public void addPendingEdits(Runnable flush) {
        flushes.add(flush);
    }

    public void removePendingEdits(Runnable flush) {
        flushes.remove(flush);
    }

    /** Commits every screen's pending typing now. */
    public void flushPending() {
        for (Runnable flush : List.copyOf(flushes)) {
            flush.run();
        }
    }

    // ---- state

    public Path folder() {
        return editor.blueprint().folder();
    }

    /**
     * The text of a file as it is now: after every committed edit, or the refused text the person typed (which stays
     * until fixed or undone); empty when not a file of the blueprint.
     */
    public Optional<String> text(String file) {
        Refused r = refused.get(file);
        return r != null ? Optional.of(r.text()) : blueprint.get().file(file).map(f -> f.text());
    }

    public ReadOnlyObjectProperty<Blueprint> blueprintProperty() {
        return blueprint.getReadOnlyProperty();
    }

    public Blueprint blueprint() {
        return blueprint.get();
    }

    /** Every diagnostic of the blueprint as last validated, plus refused text; replaced whole on each validation. */
    public ObservableList<Diagnostic> diagnostics() {
        return diagnosticsView;
    }

    /** Unsaved files, relative paths. */
    public ObservableList<String> dirtyFiles() {
        return dirtyFilesView;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Grows with every change, undo, redo and save: screens showing the model refresh on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Edit stepfunction.yaml", for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /**
     * The environment Synthesize and Deploy make templates for; null for the blueprint's first, as {@code synth}
     * and {@code deploy} without {@code --env}.
     */
    public StringProperty environmentProperty() {
        return environment;
    }

    /**
     * Only objects whose key ends with this start executions, in what Synthesize and Deploy make; empty for every
     * object under the prefix, as MDAA and the command line without {@code --key-suffix}.
     */
    public StringProperty keySuffixProperty() {
        return keySuffix;
    }

    /** The blueprint's environment names, in the order its modules list them. */
    public List<String> environments() {
        return blueprint.get().modules().stream().map(m -> m.env()).distinct().toList();
    }

    /**
     * The blueprint's environment names again (an edit may have changed them), with {@link #environmentProperty()}
     * set to the first when none, or one no longer there, is chosen: the environment synthesis will use, shown as
     * such by Synthesize and Deploy alike.
     */
    public List<String> refreshEnvironments() {
        List<String> names = environments();
        if (!names.isEmpty() && !names.contains(environment.get())) {
            environment.set(names.get(0));
        }
        return names;
    }

    /** True from a change until its diagnostics are in. */
    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    // ---- internals

    /**
     * Adds synthesis findings (cdk-nag) to {@link #diagnostics()} until the next change, which makes them stale;
     * on the FX thread.
     */
    public void showSynthFindings(List<Diagnostic> findings) {
        synthFindings = List.copyOf(findings);
        publishDiagnostics();
    }

    private void changed() {
        synthFindings = List.of();
        refresh();
        validating.set(true);
        validateLater.playFromStart();
    }

    private void refresh() {
        blueprint.set(editor.blueprint());
        List<String> nowDirty = new ArrayList<>(editor.dirtyFiles());
        refused.keySet().stream().filter(f -> !nowDirty.contains(f)).forEach(nowDirty::add);
        if (!nowDirty.equals(dirtyFiles)) {
            dirtyFiles.setAll(nowDirty);
        }
        dirty.set(!nowDirty.isEmpty() || typing);
        canUndo.set(editor.canUndo() || !refused.isEmpty());
        canRedo.set(editor.canRedo() && refused.isEmpty());
        undoText.set(editor.jobs().undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(editor.jobs().redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        revision.set(revision.get() + 1); // last: whoever refreshes on it sees every other property updated
    }

    private List<Diagnostic> synthFindings = List.of();

    private void validate() {
        long at = editor.revision();
        Blueprint snapshot = editor.blueprint(); // immutable: safe to read on another thread
        work.run("Validating …", () -> BlueprintValidator.validate(snapshot), result -> {
            if (editor.revision() != at) {
                return; // a newer change has its own validation coming
            }
            validated = result;
            validating.set(false);
            publishDiagnostics();
        }, error -> {
            validating.set(false);
            validated = List.of(new Diagnostic(Severity.ERROR, "STUDIO-VALIDATOR", "", 0, 0, "",
                    "The validator failed: " + error, "This is a bug in Blueprint Studio; please report it"));
            publishDiagnostics();
        });
    }

    private void publishDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(refused.values().stream().map(Refused::why).toList());
        for (Diagnostic d : validated) {
            if (!refused.containsKey(d.file())) {
                all.add(d);
            }
        }
        synthFindings.stream().filter(d -> !all.contains(d)).forEach(all::add);
        if (!all.equals(diagnostics)) {
            diagnostics.setAll(all);
        }
    }

    private static Diagnostic syntaxDiagnostic(String file, String text, String reason) {
        var parsed = io.blueprintstudio.blueprint.BlueprintFile.parse(file, Path.of(file).toAbsolutePath(), text);
        return parsed.syntaxError().orElseGet(() -> new Diagnostic(Severity.ERROR, "STUDIO-REFUSED", file, 0, 0, "",
                reason, ""));
    }
}
