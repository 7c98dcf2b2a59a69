package io.blueprintstudio.ui.forms;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintEditor;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.validate.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A config form over the one {@link BlueprintEditor}: every commit is an editor change, so form edits share the
 * YAML editor's undo history, and the form re-reads the blueprint after any change from anywhere
 * ({@link #reload()}).
 */
public final class FormViewModel {
    /** A section as shown: its title and its fields. */
    public record Section(String title, List<FieldModel> fields) {
    }

    private final Supplier<Blueprint> blueprint;
    private final Consumer<Consumer<BlueprintEditor>> edit;
    private final FormScope scope;
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObjectProperty<Consumer<SourceNode>> onJump = new SimpleObjectProperty<>(this, "onJump", n -> { });
    private final ObjectProperty<Runnable> onEdited = new SimpleObjectProperty<>(this, "onEdited", () -> { });
    private List<FormSection> shown = List.of();

    /** A form writing straight to an editor. */
    public FormViewModel(BlueprintEditor editor, FormScope scope) {
        this(editor::blueprint, change -> change.accept(editor), scope);
    }

    /**
     * @param blueprint the blueprint as it is now
     * @param edit      runs one change on the editor as one undoable step (the app's session does this, so forms
     *                  and the YAML editor share one history); throws what the editor throws when refused
     */
    public FormViewModel(Supplier<Blueprint> blueprint, Consumer<Consumer<BlueprintEditor>> edit, FormScope scope) {
        this.blueprint = blueprint;
        this.edit = edit;
        this.scope = scope;
        reload();
    }

    public String title() {
        return scope.title();
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    /** Called with the place to show when the user asks to see a field in the YAML. */
    public ObjectProperty<Consumer<SourceNode>> onJumpProperty() {
        return onJump;
    }

    /** Called after the form wrote a change (so the owner re-validates and refreshes other views). */
    public ObjectProperty<Runnable> onEditedProperty() {
        return onEdited;
    }

    /** Re-reads every value from the blueprint as it is now (after an undo, a YAML edit, a reload). */
    public void reload() {
        Blueprint bp = blueprint.get();
        List<FormSection> specs = scope.sections(bp);
        if (!specs.equals(shown)) {
            shown = specs;
            List<Section> next = new ArrayList<>();
            for (FormSection s : specs) {
                next.add(new Section(s.title(), s.fields().stream().map(FieldModel::new).toList()));
            }
            sections.setAll(next);
        }
        for (Section s : sections) {
            for (FieldModel f : s.fields()) {
                f.load(scope.source(bp, f.spec().pointer()).orElse(null));
            }
        }
    }

    /**
     * Writes a field's text to its file when it differs from what is there: sets the value, adds the key when it is
     * missing, removes it when the text is emptied. A write the editor refuses is shown on the field, not thrown.
     */
    public void commit(FieldModel field) {
        if (!field.isChanged()) {
            return;
        }
        try {
            write(field);
            field.setProblem("");
            reload();
            onEdited.get().run();
        } catch (IllegalArgumentException e) {
            field.setProblem(e.getMessage());
        }
    }

    /** Shows each diagnostic on the field whose value sits on its line. */
    public void showDiagnostics(List<Diagnostic> diagnostics) {
        for (Section s : sections) {
            for (FieldModel f : s.fields()) {
                f.setProblem(diagnosticAt(f, diagnostics).map(Diagnostic::message).orElse(""));
            }
        }
    }

    /** Shows the field's value in the YAML, or the mapping it would be added to when it is missing. */
    public void jumpTo(FieldModel field) {
        location(field).ifPresent(onJump.get());
    }

    public Optional<SourceNode> location(FieldModel field) {
        SourceNode node = field.sourceProperty().get();
        return node != null ? Optional.of(node) : parent(field);
    }

    private void write(FieldModel field) {
        String text = field.textProperty().get().strip();
        SourceNode node = field.sourceProperty().get();
        if (node != null && !(node.node() instanceof ScalarNode)) {
            throw new IllegalArgumentException(field.spec().label() + " holds more than one value here: edit it in "
                    + "the YAML editor");
        }
        if (node != null && text.isEmpty()) {
            SourceNode parent = parentOrFail(field);
            edit.accept(ed -> ed.removeMapEntry(parent, field.spec().key()));
        } else if (node != null) {
            edit.accept(ed -> ed.setScalar(node, typed(field.spec(), text)));
        } else if (!text.isEmpty()) {
            SourceNode parent = parentOrFail(field);
            edit.accept(ed -> ed.addMapEntry(parent, field.spec().key(), typed(field.spec(), text)));
        }
    }

    private Optional<SourceNode> parent(FieldModel field) {
        return scope.source(blueprint.get(), JsonPointer.parent(field.spec().pointer()));
    }

    private SourceNode parentOrFail(FieldModel field) {
        return parent(field).orElseThrow(() -> new IllegalArgumentException("there is no "
                + JsonPointer.parent(field.spec().pointer()) + " to put " + field.spec().key() + " in: add it in the "
                + "YAML editor first"));
    }

    /** Numbers and booleans are written as YAML numbers and booleans; text that is not one stays text. */
    static Object typed(FieldSpec spec, String text) {
        boolean numeric = spec.kind() == FieldKind.NUMBER || (spec.kind() == FieldKind.CHOICE
                && !spec.choices().isEmpty() && spec.choices().stream().allMatch(c -> c.matches("-?\\d+")));
        if (numeric && text.matches("-?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        if (spec.kind() == FieldKind.BOOLEAN && (text.equals("true") || text.equals("false"))) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }

    private static Optional<Diagnostic> diagnosticAt(FieldModel f, List<Diagnostic> diagnostics) {
        SourceNode node = f.sourceProperty().get();
        if (node == null) {
            return Optional.empty();
        }
        return diagnostics.stream().filter(d -> d.file().equals(node.file().relativePath())
                && d.line() == node.line()).findFirst();
    }
}
