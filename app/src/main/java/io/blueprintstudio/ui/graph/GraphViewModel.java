package io.blueprintstudio.ui.graph;

import io.blueprintstudio.asl.AslParseException;
import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.asl.State;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.graph.PngExporter;
import io.blueprintstudio.graph.SvgExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * State of the Graph screen. {@link #setDefinition} re-reads and re-lays out the ASL off the FX thread, debounced so
 * typing in the editor does not queue a layout per key; a newer definition supersedes an older one. When the ASL is
 * broken the last good graph stays and {@link #errorProperty()} says why. Holds no nodes.
 */
public final class GraphViewModel {
    /** Quiet time after the last edit before laying out; short enough to feel live. */
    public static final long DEBOUNCE_MS = 250;

    /** Reads a definition; the YAML node is fetched on the layout thread, so a supplier may do some work. */
    @FunctionalInterface
    private interface Reader {
        StateMachine read() throws AslParseException;
    }

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "graph-layout");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<GraphModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ReadOnlyObjectWrapper<StateDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ObjectProperty<Resolver> resolver = new SimpleObjectProperty<>(this, "resolver");
    private final ObservableMap<String, String> stateStyles = FXCollections.observableHashMap();
    private long generation;
    private Task<GraphModel> pending;

    public GraphViewModel() {
        selectedId.addListener((o, was, id) -> refreshDetails());
        resolver.addListener((o, was, r) -> refreshDetails());
        model.addListener((o, was, m) -> {
            if (selectedId.get() != null && (m == null || !m.states().containsKey(selectedId.get()))) {
                selectedId.set(null);
            }
            refreshDetails();
        });
    }

    /** ASL JSON text, as typed. */
    public void setDefinition(String json) {
        schedule(() -> AslReader.read(json));
    }

    /** A {@code rawStepFunctionDef} YAML node, such as {@code Definition.rawStepFunctionDef().node()}. */
    public void setDefinition(Supplier<Node> yaml) {
        schedule(() -> AslReader.read(yaml.get()));
    }

    private void schedule(Reader reader) {
        if (pending != null) {
            pending.cancel();
        }
        long gen = ++generation;
        Task<GraphModel> task = new Task<>() {
            @Override
            protected GraphModel call() throws AslParseException {
                return GraphModel.of(reader.read());
            }
        };
        task.setOnSucceeded(e -> {
            if (gen == generation) {
                model.set(task.getValue());
                error.set("");
                busy.set(false);
            }
        });
        task.setOnFailed(e -> {
            if (gen == generation) {
                error.set(describe(task.getException()));
                busy.set(false);
            }
        });
        pending = task;
        busy.set(true);
        // The first graph comes at once; later ones wait for the typing to pause.
        worker.schedule(task, model.get() == null ? 0 : DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    static String describe(Throwable t) {
        if (t instanceof AslParseException p) {
            return (p.line() > 0 ? "line " + p.line() + ", column " + p.column() + ": " : "") + p.getMessage();
        }
        return "the graph could not be laid out: " + t;
    }

    /** Selects the state with this graph node id (its JSON pointer); other ids (markers, branches) clear it. */
    public void select(String id) {
        GraphModel m = model.get();
        selectedId.set(m != null && id != null && m.states().containsKey(id) ? id : null);
    }

    private void refreshDetails() {
        GraphModel m = model.get();
        State s = m == null || selectedId.get() == null ? null : m.states().get(selectedId.get());
        details.set(s == null ? null : StateDetails.of(s, resolver.get()));
    }

    /** Writes the current graph as PNG (at 2x, for sharp slides) off the FX thread. */
    public Task<Path> exportPng(Path file) {
        return export(file, layout -> PngExporter.write(layout, 2, file));
    }

    public Task<Path> exportSvg(Path file) {
        return export(file, layout -> Files.writeString(file, SvgExporter.toSvg(layout), StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface Writer {
        void write(io.blueprintstudio.graph.GraphLayout layout) throws java.io.IOException;
    }

    private Task<Path> export(Path file, Writer writer) {
        GraphModel m = model.get();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws java.io.IOException {
                if (m == null) {
                    throw new java.io.IOException("there is no graph to export yet");
                }
                writer.write(m.layout());
                return file;
            }
        };
        task.setOnSucceeded(e -> status.set("Saved " + file));
        task.setOnFailed(e -> status.set("Could not save " + file + ": " + task.getException().getMessage()));
        worker.execute(task);
        return task;
    }

    /** Stops the layout thread; for a screen that is closed for good. */
    public void dispose() {
        worker.shutdownNow();
    }

    /** The last graph that read and laid out; stays while the definition is broken. */
    public ReadOnlyObjectProperty<GraphModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** Why the current definition gives no graph (line and column for malformed JSON); empty when it does. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True from a new definition until its graph (or error) is in. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The outcome of the last export. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyObjectProperty<StateDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Resolves Task Resources for the details pane, e.g. {@code Resolver.forModule(...)}; null shows them raw. */
    public ObjectProperty<Resolver> resolverProperty() {
        return resolver;
    }

    /**
     * State name → style class, for colouring states by what an execution did (see {@link GraphPalette} for the
     * classes drawn). Names are unique across a machine's branches, so a name finds one node.
     */
    public ObservableMap<String, String> stateStyles() {
        return stateStyles;
    }
}
