package io.blueprintstudio.ui.problems;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Every diagnostic of the open blueprint, filtered by severity (this or worse) and file; opening one asks the main
 * window to show its place. The source list is the session's, re-bound when another blueprint opens.
 */
public final class ProblemsViewModel {
    /** The file filter's "no filter" entry. */
    public static final String ALL_FILES = "All files";

    private final ObservableList<Diagnostic> all = FXCollections.observableArrayList();
    private final FilteredList<Diagnostic> shown = new FilteredList<>(all);
    private final ObjectProperty<Severity> minimumSeverity = new SimpleObjectProperty<>(this, "severity",
            Severity.NOTE);
    private final ObjectProperty<String> file = new SimpleObjectProperty<>(this, "file", ALL_FILES);
    private final ObservableList<String> files = FXCollections.observableArrayList(ALL_FILES);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Consumer<Diagnostic> open;
    private final ListChangeListener<Diagnostic> copy = c -> all.setAll(c.getList());
    private ObservableList<Diagnostic> source;

    /** @param open shows a diagnostic's place (the main window opens the file at its line) */
    public ProblemsViewModel(Consumer<Diagnostic> open) {
        this.open = open;
        minimumSeverity.addListener((o, a, b) -> refilter());
        file.addListener((o, a, b) -> refilter());
        all.addListener((ListChangeListener<Diagnostic>) c -> refresh());
        refresh();
    }

    /** Shows these diagnostics (the session's live list), following its changes. */
    public void setSource(ObservableList<Diagnostic> diagnostics) {
        if (source != null) {
            source.removeListener(copy);
        }
        source = diagnostics;
        if (source == null) {
            all.clear();
        } else {
            source.addListener(copy);
            all.setAll(source);
        }
    }

    public ObservableList<Diagnostic> shown() {
        return shown;
    }

    /** Show diagnostics of this severity or worse. */
    public ObjectProperty<Severity> minimumSeverityProperty() {
        return minimumSeverity;
    }

    /** Show only this file's diagnostics, or {@link #ALL_FILES}. */
    public ObjectProperty<String> fileProperty() {
        return file;
    }

    /** The files that have diagnostics, after {@link #ALL_FILES}. */
    public ObservableList<String> files() {
        return files;
    }

    /** "2 errors, 1 warning" over all diagnostics; "No problems" when none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void open(Diagnostic d) {
        if (d != null) {
            open.accept(d);
        }
    }

    private void refresh() {
        TreeSet<String> names = new TreeSet<>();
        all.forEach(d -> names.add(d.file().isEmpty() ? "(blueprint)" : d.file()));
        String keep = file.get();
        List<String> next = new ArrayList<>();
        next.add(ALL_FILES);
        next.addAll(names);
        if (!next.equals(files)) {
            files.setAll(next); // a combo box bound to the file clears it while its items change: put it back
            file.set(keep != null && next.contains(keep) ? keep : ALL_FILES);
        }
        long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
        long notes = all.size() - errors - warnings;
        summary.set(all.isEmpty() ? "No problems" : plural(errors, "error") + ", " + plural(warnings, "warning")
                + (notes > 0 ? ", " + plural(notes, "note") : ""));
        refilter();
    }

    private void refilter() {
        Severity min = minimumSeverity.get() == null ? Severity.NOTE : minimumSeverity.get();
        String f = file.get();
        shown.setPredicate(d -> d.severity().compareTo(min) <= 0 && (f == null || ALL_FILES.equals(f)
                || Objects.equals(d.file().isEmpty() ? "(blueprint)" : d.file(), f)));
    }

    static String plural(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
