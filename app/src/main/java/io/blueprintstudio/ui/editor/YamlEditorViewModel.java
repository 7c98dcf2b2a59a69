package io.blueprintstudio.ui.editor;

import io.blueprintstudio.ui.BlueprintSession;
import io.blueprintstudio.validate.Diagnostic;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * One file in the YAML editor. Typing changes {@link #textProperty()} at once and is committed to the session (one
 * undo step) after a short pause, so a burst of typing is one step on the one undo history; undo, redo and changes
 * from other screens come back as new text. Holds the file's diagnostics and the find/replace logic.
 */
public final class YamlEditorViewModel {
    /** Typing pauses longer than this end an undo step. */
    static final Duration COMMIT_DELAY = Duration.millis(400);

    private final BlueprintSession session;
    private final String file;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending");
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> diagnosticsView = FXCollections.unmodifiableObservableList(diagnostics);
    private final PauseTransition commitLater = new PauseTransition(COMMIT_DELAY);
    private final Runnable flush = this::commit;
    private final ChangeListener<Number> onRevision = (o, a, b) -> reload();
    private final ListChangeListener<Object> onState = c -> refreshState();

    public YamlEditorViewModel(BlueprintSession session, String file) {
        this.session = session;
        this.file = file;
        text.set(session.text(file).orElse(""));
        commitLater.setOnFinished(e -> commit());
        session.addPendingEdits(flush);
        session.revisionProperty().addListener(onRevision);
        session.diagnostics().addListener(onState);
        session.dirtyFiles().addListener(onState);
        refreshState();
    }

    /** Stops listening to the session, committing what was typed first (the tab closes). */
    public void dispose() {
        commit();
        session.removePendingEdits(flush);
        session.revisionProperty().removeListener(onRevision);
        session.diagnostics().removeListener(onState);
        session.dirtyFiles().removeListener(onState);
    }

    /** The file, relative to the blueprint folder. */
    public String file() {
        return file;
    }

    /** What the editor shows: the model's text, or what was typed since. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Unsaved: typed but not committed, or committed but not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** This file's diagnostics as last validated. */
    public ObservableList<Diagnostic> diagnostics() {
        return diagnosticsView;
    }

    /** The person typed: {@code newText} is the editor's whole text now. */
    public void typed(String newText) {
        if (newText.equals(text.get())) {
            return;
        }
        text.set(newText);
        pending.set(true);
        session.typing();
        refreshState();
        commitLater.playFromStart();
    }

    /** Commits typed text now (before undo, save, or a whole-file change such as Replace All). */
    public void commit() {
        commitLater.stop();
        if (!pending.get()) {
            return;
        }
        pending.set(false);
        session.editText(file, text.get(), "Edit " + file);
        refreshState();
    }

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    // ---- positions and problems

    /** Offset in {@link #textProperty()} of a 1-based line and column (0: the line's start). */
    public int offsetOf(int line, int column) {
        return TextPositions.offset(text.get(), line, column);
    }

    /** The most severe diagnostic underlined at {@code offset}, for the tooltip. */
    public Optional<Diagnostic> diagnosticAt(int offset) {
        return diagnostics.stream().filter(d -> {
            YamlHighlighter.Range r = YamlHighlighter.Range.of(text.get(), d);
            return r != null && offset >= r.start() && offset < r.end();
        }).min((a, b) -> a.severity().compareTo(b.severity()));
    }

    // ---- find and replace

    /** The next (or previous) match of {@code query} from {@code caret}, wrapping around; start and end offsets. */
    public Optional<int[]> find(String query, int caret, boolean forward, boolean matchCase) {
        return TextSearch.find(text.get(), query, caret, forward, matchCase).map(m -> new int[] {m.start(), m.end()});
    }

    public int count(String query, boolean matchCase) {
        return TextSearch.count(text.get(), query, matchCase);
    }

    /** Replaces every match as one undo step; returns how many were replaced. */
    public int replaceAll(String query, String replacement, boolean matchCase) {
        int n = count(query, matchCase);
        if (n == 0) {
            return 0;
        }
        commit();
        String after = TextSearch.replaceAll(text.get(), query, replacement, matchCase);
        text.set(after);
        session.editText(file, after, "Replace " + n + " × “" + query + "” in " + file);
        refreshState();
        return n;
    }

    // ---- internals

    private void reload() {
        if (pending.get()) {
            return; // what the person typed wins; it is committed on the next pause
        }
        session.text(file).ifPresent(text::set);
        refreshState();
    }

    private void refreshState() {
        dirty.set(pending.get() || session.dirtyFiles().contains(file));
        var mine = session.diagnostics().stream().filter(d -> d.file().equals(file)).toList();
        if (!mine.equals(diagnostics)) {
            diagnostics.setAll(mine);
        }
    }
}
