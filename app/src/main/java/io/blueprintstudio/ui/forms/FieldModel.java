package io.blueprintstudio.ui.forms;

import io.blueprintstudio.blueprint.SourceNode;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * One field of a form as the view binds to it: the text being edited, what the as-you-type check says about it,
 * what validation says about the written value, and where in which file the value lives.
 */
public final class FieldModel {
    private final FieldSpec spec;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper check = new ReadOnlyStringWrapper(this, "check", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<SourceNode> source = new ReadOnlyObjectWrapper<>(this, "source");
    private String written = "";

    FieldModel(FieldSpec spec) {
        this.spec = spec;
        text.addListener((obs, old, now) -> check.set(FieldCheck.problem(spec, now).orElse("")));
    }

    public FieldSpec spec() {
        return spec;
    }

    /** What the control shows; written to the file on {@link FormViewModel#commit(FieldModel)}. */
    public StringProperty textProperty() {
        return text;
    }

    /** The as-you-type check of the text; empty when it looks fine. */
    public ReadOnlyStringProperty checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** What validation (or a refused write) says about this value; empty when nothing. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The value's node; null when the key is not in the file yet. */
    public ReadOnlyObjectProperty<SourceNode> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    boolean isChanged() {
        return !text.get().strip().equals(written);
    }

    void setProblem(String message) {
        problem.set(message == null ? "" : message);
    }

    /** Shows the value as it is in the file now. */
    void load(SourceNode node) {
        source.set(node);
        written = node != null && node.node() instanceof ScalarNode s ? s.getValue() : "";
        text.set(written);
    }
}
