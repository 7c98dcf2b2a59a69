package io.blueprintstudio.ui.convert;

import io.blueprintstudio.convert.BadValuePolicy;
import io.blueprintstudio.convert.ColumnType;
import io.blueprintstudio.convert.Compression;
import io.blueprintstudio.convert.ConversionException;
import io.blueprintstudio.convert.ConversionListener;
import io.blueprintstudio.convert.ConvertOptions;
import io.blueprintstudio.convert.CsvPreview;
import io.blueprintstudio.convert.Dialect;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * State and actions of the Convert screen. Preview and conversion run as {@link Task}s on the given executor; every
 * property changes on the FX thread. Holds no nodes.
 */
public final class ConvertViewModel {
    /** Rows of the CSV shown before converting. */
    public static final int PREVIEW_ROWS = 100;

    public enum Phase { EMPTY, PREVIEWING, READY, CONVERTING, CONVERTED, FAILED }

    private final Executor executor;
    private final ReadOnlyObjectWrapper<Path> csvFile = new ReadOnlyObjectWrapper<>(this, "csvFile");
    private final ObjectProperty<Path> outputFile = new SimpleObjectProperty<>(this, "outputFile");
    private final ObjectProperty<Compression> compression =
            new SimpleObjectProperty<>(this, "compression", Compression.SNAPPY);
    private final ObjectProperty<BadValuePolicy> onBadValue =
            new SimpleObjectProperty<>(this, "onBadValue", BadValuePolicy.FAIL);
    private final ReadOnlyObjectWrapper<Dialect> dialect = new ReadOnlyObjectWrapper<>(this, "dialect");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    // One wrapper, kept: the wrapper listens to the list weakly, so a fresh one per call could be collected.
    private final ObservableList<List<String>> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EMPTY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<ConvertService.Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyLongWrapper previewMillis = new ReadOnlyLongWrapper(this, "previewMillis", -1);
    private final BooleanBinding canConvert;
    private final BooleanBinding busy;
    private Task<?> running;

    /** Runs each task on a new daemon thread: a conversion is long and rare, a pool would gain nothing. */
    public ConvertViewModel() {
        this(task -> {
            Thread t = new Thread(task, "convert-screen");
            t.setDaemon(true);
            t.start();
        });
    }

    public ConvertViewModel(Executor executor) {
        this.executor = executor;
        busy = phase.isEqualTo(Phase.PREVIEWING).or(phase.isEqualTo(Phase.CONVERTING));
        canConvert = Bindings.createBooleanBinding(
                () -> !busy.get() && !columns.isEmpty() && outputFile.get() != null, busy, columns, outputFile);
    }

    /** Reads the head of {@code csv}: dialect, inferred schema, first rows. Cancels whatever was running. */
    public void open(Path csv) {
        cancel();
        csvFile.set(csv);
        outputFile.set(ConvertService.defaultOutput(csv));
        dialect.set(null);
        columns.clear();
        rows.clear();
        outcome.set(null);
        error.set("");
        previewMillis.set(-1);
        long started = System.nanoTime();
        Task<CsvPreview> task = new Task<>() {
            @Override
            protected CsvPreview call() throws ConversionException {
                return ConvertService.preview(csv, ConvertOptions.defaults(), PREVIEW_ROWS);
            }
        };
        start(task, Phase.PREVIEWING, p -> {
            dialect.set(p.dialect());
            columns.setAll(p.columns().stream().map(ColumnChoice::new).toList());
            rows.setAll(p.rows());
            previewMillis.set((System.nanoTime() - started) / 1_000_000);
            phase.set(Phase.READY);
        });
    }

    /** Converts with the chosen types and options; progress and the outcome arrive on the properties. */
    public void convert() {
        if (!canConvert.get()) {
            return;
        }
        Path csv = csvFile.get();
        Path out = outputFile.get();
        ConvertOptions options = options();
        outcome.set(null);
        error.set("");
        progress.unbind();
        progressText.unbind();
        Task<ConvertService.Outcome> task = new ConvertTask(csv, out, options);
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
        start(task, Phase.CONVERTING, result -> {
            outcome.set(result);
            phase.set(Phase.CONVERTED);
        });
    }

    /** Stops the running preview or conversion; the core stops between batches and leaves nothing behind. */
    public void cancel() {
        if (running != null && running.isRunning()) {
            running.cancel();
        }
    }

    /** The options a conversion would run with now: defaults, the chosen compression and policy, type overrides. */
    public ConvertOptions options() {
        Map<String, ColumnType> overrides = new LinkedHashMap<>();
        for (ColumnChoice c : columns) {
            if (c.overridden()) {
                overrides.put(c.inferred().name(), c.typeProperty().get());
            }
        }
        return ConvertOptions.builder().compression(compression.get()).onBadValue(onBadValue.get())
                .typeOverrides(overrides).build();
    }

    /** Runs {@code task}; its outcome is applied only while it is still the latest task (a newer one supersedes). */
    private <T> void start(Task<T> task, Phase during, Consumer<T> onSuccess) {
        running = task;
        phase.set(during);
        task.setOnSucceeded(e -> {
            if (running == task) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                fail(task.getException());
            }
        });
        task.setOnCancelled(e -> {
            if (running == task) {
                error.set(during == Phase.CONVERTING ? "Conversion cancelled; nothing was written." : "");
                phase.set(columns.isEmpty() ? Phase.EMPTY : Phase.READY);
            }
        });
        executor.execute(task);
    }

    private void fail(Throwable t) {
        error.set(t instanceof ConversionException ce ? ConvertService.describe(ce)
                : "Unexpected failure: " + t);
        phase.set(Phase.FAILED);
    }

    /** Reports the core's progress through the task's own (coalescing) progress and message properties. */
    private static final class ConvertTask extends Task<ConvertService.Outcome> {
        private final Path csv;
        private final Path out;
        private final ConvertOptions options;

        ConvertTask(Path csv, Path out, ConvertOptions options) {
            this.csv = csv;
            this.out = out;
            this.options = options;
        }

        @Override
        protected ConvertService.Outcome call() throws ConversionException {
            updateMessage("Starting …");
            return ConvertService.convert(csv, out, options, new ConversionListener() {
                @Override
                public void progress(long bytesRead, long totalBytes, long rowsRead) {
                    if (totalBytes > 0) {
                        updateProgress(bytesRead, totalBytes);
                    }
                    updateMessage(Sizes.bytes(bytesRead) + (totalBytes > 0 ? " of " + Sizes.bytes(totalBytes) : "")
                            + " · " + Sizes.count(rowsRead) + " rows");
                }

                @Override
                public boolean isCancelled() {
                    return ConvertTask.this.isCancelled();
                }
            });
        }
    }

    public ReadOnlyObjectProperty<Path> csvFileProperty() {
        return csvFile.getReadOnlyProperty();
    }

    public ObjectProperty<Path> outputFileProperty() {
        return outputFile;
    }

    public ObjectProperty<Compression> compressionProperty() {
        return compression;
    }

    public ObjectProperty<BadValuePolicy> onBadValueProperty() {
        return onBadValue;
    }

    public ReadOnlyObjectProperty<Dialect> dialectProperty() {
        return dialect.getReadOnlyProperty();
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** The first {@link #PREVIEW_ROWS} rows as text, {@code null} for a null value. */
    public ObservableList<List<String>> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** 0..1 of the bytes read, or -1 while the size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConvertService.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What went wrong, for the user (file, line and column when known); empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How long the last preview took from open to rows, in milliseconds; -1 before one finished. */
    public ReadOnlyLongProperty previewMillisProperty() {
        return previewMillis.getReadOnlyProperty();
    }

    public BooleanBinding canConvertProperty() {
        return canConvert;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }
}
