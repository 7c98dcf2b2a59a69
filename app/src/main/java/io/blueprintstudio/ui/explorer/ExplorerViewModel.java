package io.blueprintstudio.ui.explorer;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintCopy;
import io.blueprintstudio.blueprint.BlueprintFile;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.ui.BackgroundWork;
import io.blueprintstudio.ui.BlueprintSession;
import io.blueprintstudio.ui.Settings;
import io.blueprintstudio.ui.forms.FormScope;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Explorer: the open blueprint's files grouped by module, each with its problem count and unsaved mark; the
 * recent blueprints; opening a folder and making a new blueprint from the bundled sample.
 */
public final class ExplorerViewModel {
    private final Settings settings;
    private final BackgroundWork work;
    private final Path sample;
    private final Consumer<Path> open;
    private final Consumer<String> openFile;
    private final Consumer<String> report;
    private final ReadOnlyObjectWrapper<ExplorerItem> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final InvalidationListener rebuild = o -> rebuild();
    /** A change listener for the revision counter: invalidation fires only while someone reads the counter. */
    private final javafx.beans.value.ChangeListener<Number> rebuildOnRevision = (o, was, now) -> rebuild();
    private BlueprintSession session;
    private Consumer<FormScope> openForm = form -> { };

    /**
     * @param sample   the bundled sample blueprint, or null when the app does not know where it is
     * @param open     opens a blueprint folder (the main window loads it in the background)
     * @param openFile opens a file of the blueprint in the editor
     * @param report   a one-line message for the status bar
     */
    public ExplorerViewModel(Settings settings, BackgroundWork work, Path sample, Consumer<Path> open,
            Consumer<String> openFile, Consumer<String> report) {
        this.settings = settings;
        this.work = work;
        this.sample = sample;
        this.open = open;
        this.openFile = openFile;
        this.report = report;
        recent.setAll(settings.recentBlueprints());
    }

    /** Shows this session's blueprint (or nothing), following its changes. */
    public void setSession(BlueprintSession next) {
        if (session != null) {
            session.revisionProperty().removeListener(rebuildOnRevision);
            session.diagnostics().removeListener(rebuild);
            session.dirtyFiles().removeListener(rebuild);
        }
        session = next;
        if (session != null) {
            session.revisionProperty().addListener(rebuildOnRevision);
            session.diagnostics().addListener(rebuild);
            session.dirtyFiles().addListener(rebuild);
            settings.addRecent(session.folder());
            recent.setAll(settings.recentBlueprints());
        }
        rebuild();
    }

    /** The tree's root (the blueprint folder), null when no blueprint is open. */
    public ReadOnlyObjectProperty<ExplorerItem> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** Recent blueprint folders, most recent first. */
    public ObservableList<Path> recent() {
        return recent;
    }

    public boolean canCreateFromSample() {
        return sample != null;
    }

    public void openFolder(Path folder) {
        open.accept(folder);
    }

    public void openFile(ExplorerItem item) {
        if (item != null && item.isFile()) {
            openFile.accept(item.file());
        }
    }

    /** What double-click or Enter on a row does: a file opens in the editor, a module group opens its form. */
    public void activate(ExplorerItem item) {
        if (item != null && item.isFile()) {
            openFile.accept(item.file());
        } else if (item != null && item.form() != null) {
            openForm.accept(item.form());
        }
    }

    /** Opens a config form (set by the main window). */
    public void setOnOpenForm(Consumer<FormScope> action) {
        openForm = action;
    }

    /**
     * Copies the sample into {@code folder} when it is empty (or new), else into a new {@code
     * stepfunction_orchestrator} folder inside it, then opens the copy.
     */
    public void createFromSample(Path folder) {
        if (sample == null) {
            return;
        }
        work.run("Copying the sample blueprint …", () -> BlueprintCopy.copy(sample, target(folder)), open,
                e -> report.accept("Could not create the blueprint: " + e.getMessage()));
    }

    static Path target(Path folder) throws java.io.IOException {
        if (!Files.exists(folder) || isEmpty(folder)) {
            return folder;
        }
        String name = "stepfunction_orchestrator";
        Path t = folder.resolve(name);
        for (int i = 2; Files.exists(t); i++) {
            t = folder.resolve(name + "-" + i);
        }
        return t;
    }

    private static boolean isEmpty(Path folder) throws java.io.IOException {
        try (var list = Files.list(folder)) {
            return list.findAny().isEmpty();
        }
    }

    private void rebuild() {
        ExplorerItem next = session == null ? null
                : tree(session.blueprint(), session.diagnostics(), session.dirtyFiles());
        if (!java.util.Objects.equals(next, root.get())) { // most edits change no count: keep the tree as it is
            root.set(next);
        }
    }

    static ExplorerItem tree(Blueprint bp, List<Diagnostic> diagnostics, List<String> dirty) {
        List<ExplorerItem> groups = new ArrayList<>();
        Set<String> inModules = new LinkedHashSet<>();
        for (BlueprintModule m : bp.modules()) {
            m.files().forEach(f -> inModules.add(f.relativePath()));
        }
        List<ExplorerItem> own = new ArrayList<>();
        for (BlueprintFile f : bp.files()) {
            if (!inModules.contains(f.relativePath())) {
                own.add(file(f.relativePath(), diagnostics, dirty));
            }
        }
        groups.add(group("Blueprint", "mdaa.yaml and tags", own, new FormScope.Mdaa()));
        for (BlueprintModule m : bp.modules()) {
            List<ExplorerItem> files = m.files().stream().map(f -> file(f.relativePath(), diagnostics, dirty))
                    .toList();
            groups.add(group(m.name(), m.env() + " · " + m.config().modulePath().replaceFirst("^@aws-mdaa/(dataops-)?", ""),
                    files, m.kind() == ModuleKind.OTHER ? null : FormScope.Module.of(m)));
        }
        String name = bp.folder().getFileName() == null ? bp.folder().toString()
                : bp.folder().getFileName().toString();
        return group(name, "", groups, null);
    }

    private static ExplorerItem file(String rel, List<Diagnostic> diagnostics, List<String> dirty) {
        int errors = 0;
        int others = 0;
        for (Diagnostic d : diagnostics) {
            if (d.file().equals(rel)) {
                if (d.severity() == Severity.ERROR) {
                    errors++;
                } else {
                    others++;
                }
            }
        }
        int slash = rel.lastIndexOf('/');
        return new ExplorerItem(rel.substring(slash + 1), slash < 0 ? "" : rel.substring(0, slash), rel, errors,
                others, dirty.contains(rel), List.of(), null);
    }

    private static ExplorerItem group(String label, String detail, List<ExplorerItem> children, FormScope form) {
        int errors = children.stream().mapToInt(ExplorerItem::errors).sum();
        int others = children.stream().mapToInt(ExplorerItem::others).sum();
        boolean dirty = children.stream().anyMatch(ExplorerItem::dirty);
        return new ExplorerItem(label, detail, null, errors, others, dirty, children, form);
    }
}
