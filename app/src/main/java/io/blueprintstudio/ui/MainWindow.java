package io.blueprintstudio.ui;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.blueprint.StateMachineSource;
import io.blueprintstudio.ui.convert.ConvertView;
import io.blueprintstudio.ui.convert.ConvertViewModel;
import io.blueprintstudio.ui.editor.YamlEditorView;
import io.blueprintstudio.ui.editor.YamlEditorViewModel;
import io.blueprintstudio.ui.explorer.ExplorerView;
import io.blueprintstudio.ui.explorer.ExplorerViewModel;
import io.blueprintstudio.ui.forms.FormScope;
import io.blueprintstudio.ui.forms.FormView;
import io.blueprintstudio.ui.forms.FormViewModel;
import io.blueprintstudio.ui.graph.GraphView;
import io.blueprintstudio.ui.graph.GraphViewModel;
import io.blueprintstudio.ui.problems.ProblemsView;
import io.blueprintstudio.ui.problems.ProblemsViewModel;
import io.blueprintstudio.validate.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: menus, the Explorer on the left, editors and other screens as tabs, Problems below them, and a
 * status bar. It owns the open {@link BlueprintSession} and wires screens to it; it holds no file or AWS logic.
 */
public final class MainWindow {
    /** Marks tabs that show the open blueprint (forms, the graph): closed when another blueprint opens. */
    private static final String SESSION_TAB = "session-tab";

    private final Stage stage;
    private final Settings settings;
    private final BackgroundWork work = new BackgroundWork();
    private final ReadOnlyObjectWrapper<BlueprintSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Label emptyState = new Label("Open a blueprint folder with File › Open (Ctrl+O).");
    private final StatusBar status = new StatusBar(work);
    private final Map<String, Tab> editorTabs = new LinkedHashMap<>();
    private final ExplorerViewModel explorerModel;
    private final ExplorerView explorer;
    private final ProblemsViewModel problemsModel = new ProblemsViewModel(this::goTo);
    private final ProblemsView problems = new ProblemsView(problemsModel);
    private final Menus menus;
    /** Where Deploy and Executions talk to (an AWS profile, a local endpoint, the local sandbox); null: not chosen. */
    private final javafx.beans.property.ObjectProperty<io.blueprintstudio.aws.AwsTarget> target =
            new javafx.beans.property.SimpleObjectProperty<>(this, "target");
    /** The local sandbox; while it runs, it is the target. Stopped when the window goes away. */
    private final io.blueprintstudio.ui.sandbox.SandboxViewModel sandbox = new io.blueprintstudio.ui.sandbox
            .SandboxViewModel(work, io.blueprintstudio.ui.sandbox.SandboxViewModel.forUser(System.out::println));

    /** A window with the user's settings and no sample blueprint to copy. */
    public MainWindow(Stage stage) {
        this(stage, Settings.forUser(), null);
    }

    /** @param sample the bundled sample blueprint, for File › New; null hides it */
    public MainWindow(Stage stage, Settings settings, Path sample) {
        this.stage = stage;
        this.settings = settings;
        this.explorerModel = new ExplorerViewModel(settings, work, sample, this::open, this::openFile, status::show);
        this.explorer = new ExplorerView(explorerModel);
        explorerModel.setOnOpenForm(this::openForm);
        this.menus = new Menus(this, explorer, sample != null);

        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        emptyState.getStyleClass().add("empty-state");
        StackPane center = new StackPane(emptyState, tabs);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        emptyState.visibleProperty().bind(tabs.visibleProperty().not()); // it would show through a screen's gaps
        SplitPane work = new SplitPane(center, problems);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.7);
        SplitPane main = new SplitPane(explorer, work);
        main.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(explorer, false);
        root.setTop(menus.bar());
        root.setCenter(main);
        root.setBottom(status);

        Scene scene = new Scene(root, 1280, 820);
        Theme.apply(scene, settings.darkTheme());
        menus.installSceneKeys(scene);
        stage.setScene(scene);
        stage.setTitle(title());
        followSandbox();
        stage.setOnCloseRequest(e -> {
            if (!confirmUnsaved("closing")) {
                e.consume();
            }
        });
    }

    public void show() {
        stage.show();
    }

    /** The open blueprint's session (null before one is open); other screens (Graph) read the blueprint from it. */
    public ReadOnlyObjectProperty<BlueprintSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public BlueprintSession session() {
        return session.get();
    }

    /** Runs background work with the status bar showing it. */
    public BackgroundWork work() {
        return work;
    }

    public Stage stage() {
        return stage;
    }

    /** The AWS target the Deploy and Executions screens share. */
    public javafx.beans.property.ObjectProperty<io.blueprintstudio.aws.AwsTarget> targetProperty() {
        return target;
    }

    /** The local sandbox (Tools › Start Local Sandbox). */
    public io.blueprintstudio.ui.sandbox.SandboxViewModel sandbox() {
        return sandbox;
    }

    /** A started sandbox becomes the target; a stopped one stops being it. The window's end stops it. */
    private void followSandbox() {
        sandbox.targetProperty().addListener((o, was, now) -> {
            if (now != null) {
                target.set(now);
                status.show("Local sandbox running: Deploy and Executions now use " + now.describe());
            } else if (was != null && was.equals(target.get())) {
                target.set(null);
            }
        });
        status.addIndicator(new io.blueprintstudio.ui.sandbox.SandboxIndicator(sandbox, stage));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> sandbox.stop());
    }

    /** Loads a blueprint off the FX thread (asking first about unsaved changes to the open one). */
    public void open(Path folder) {
        if (!confirmUnsaved("opening another blueprint")) {
            return;
        }
        status.show("Opening " + folder + " …");
        work.run("Opening " + folder.getFileName() + " …", () -> BlueprintSession.load(folder),
                loaded -> showSession(new BlueprintSession(loaded.editor(), loaded.diagnostics(), work)),
                e -> status.show("Could not open " + folder + ": " + e.getMessage()));
    }

    /** Adds a screen as a tab, or selects it when a tab with that title is already open. */
    public void showTab(String title, Node content) {
        for (Tab tab : tabs.getTabs()) {
            if (title.equals(tab.getProperties().get("title"))) {
                tabs.getSelectionModel().select(tab);
                return;
            }
        }
        Tab tab = new Tab(title, content);
        tab.getProperties().put("title", title);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** Opens a file of the blueprint in the YAML editor (or selects its tab); empty when it is not one. */
    public Optional<YamlEditorView> openFile(String file) {
        BlueprintSession s = session.get();
        if (s == null || s.text(file).isEmpty()) {
            status.show(file.isEmpty() ? "That problem is about the blueprint as a whole"
                    : file + " is not a file of this blueprint");
            return Optional.empty();
        }
        Tab tab = editorTabs.get(file);
        if (tab == null) {
            YamlEditorViewModel model = new YamlEditorViewModel(s, file);
            YamlEditorView view = new YamlEditorView(model);
            tab = new Tab(file, view);
            tab.getProperties().put("title", file);
            tab.textProperty().bind(Bindings.when(model.dirtyProperty()).then("● " + file).otherwise(file));
            tab.setOnClosed(e -> {
                editorTabs.remove(file);
                model.dispose();
            });
            editorTabs.put(file, tab);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(tab);
        return Optional.of((YamlEditorView) tab.getContent());
    }

    /**
     * Opens (or selects) a config form. Its writes go through the session, so they share the editor's undo; it
     * follows every change and shows the diagnostics that fall on its fields.
     */
    public void openForm(FormScope scope) {
        BlueprintSession s = session.get();
        if (s == null) {
            return;
        }
        String title = "Form: " + scope.title();
        for (Tab t : tabs.getTabs()) {
            if (title.equals(t.getProperties().get("title"))) {
                tabs.getSelectionModel().select(t);
                return;
            }
        }
        FormViewModel model = new FormViewModel(s::blueprint, s::edit, scope);
        model.onJumpProperty().set(node -> openFile(node.file().relativePath())
                .ifPresent(view -> view.goTo(node.line(), node.column())));
        // A change listener: an invalidation listener on a counter nobody reads fires only once.
        javafx.beans.value.ChangeListener<Number> reload = (o, was, now) -> model.reload();
        javafx.beans.InvalidationListener problems = o -> model.showDiagnostics(s.diagnostics());
        s.revisionProperty().addListener(reload);
        s.diagnostics().addListener(problems);
        model.showDiagnostics(s.diagnostics());
        showTab(title, new FormView(model));
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        tab.getProperties().put(SESSION_TAB, Boolean.TRUE);
        tab.setOnClosed(e -> {
            s.revisionProperty().removeListener(reload);
            s.diagnostics().removeListener(problems);
        });
    }

    /**
     * Shows the state machine of the open blueprint's first step function module as a graph that follows every
     * edit of its ASL (a broken edit keeps the last good graph and says why).
     */
    public void openGraph() {
        BlueprintSession s = session.get();
        if (s == null) {
            status.show("Open a blueprint first: the graph shows its state machine");
            return;
        }
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() instanceof GraphView) {
                tabs.getSelectionModel().select(t);
                return;
            }
        }
        GraphViewModel model = new GraphViewModel();
        // Lays out again only when the ASL's text changed, not on every edit of any file.
        String[] shownAsl = {null};
        javafx.beans.value.ChangeListener<Number> follow = (o, was, now) -> showDefinition(s.blueprint(), model,
                shownAsl);
        s.revisionProperty().addListener(follow);
        showDefinition(s.blueprint(), model, shownAsl);
        showTab("State Machine", new GraphView(model));
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        tab.getProperties().put(SESSION_TAB, Boolean.TRUE);
        tab.setOnClosed(e -> {
            s.revisionProperty().removeListener(follow);
            model.dispose();
        });
    }

    /** Shows the first state machine; {@code shown} holds the ASL text last laid out. */
    private void showDefinition(Blueprint blueprint, GraphViewModel model, String[] shown) {
        List<StateMachineSource> machines = blueprint.stateMachines();
        if (machines.isEmpty()) {
            status.show("This blueprint has no step function module with a rawStepFunctionDef to draw");
            return;
        }
        StateMachineSource first = machines.get(0);
        // The resolver follows context edits in other files; setting it lays nothing out.
        model.resolverProperty().set(Resolver.forModule(blueprint, first.module(), Resolver.Target.UNKNOWN,
                System.getenv()));
        String text = first.asl().text();
        if (!text.equals(shown[0])) {
            shown[0] = text;
            var node = first.asl().node();
            model.setDefinition(() -> node);
        }
    }

    /** The Convert screen: a CSV to Parquet with the converter core the Lambda runs. */
    public void openConvert() {
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() instanceof ConvertView) {
                tabs.getSelectionModel().select(t);
                return;
            }
        }
        showTab("Convert CSV", new ConvertView(new ConvertViewModel()));
    }

    /**
     * The Executions screen on the shared target: the open blueprint's state machine (if any) coloured by the
     * selected execution. Closing the tab stops its polling.
     */
    public void openExecutions() {
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() instanceof io.blueprintstudio.ui.executions.ExecutionsView) {
                tabs.getSelectionModel().select(t);
                return;
            }
        }
        GraphViewModel graph = new GraphViewModel();
        var model = new io.blueprintstudio.ui.executions.ExecutionsViewModel(graph);
        model.targetProperty().bindBidirectional(target);
        javafx.beans.value.ChangeListener<BlueprintSession> follow = (o, was, s) -> model.setBlueprint(
                s == null ? null : s.blueprint());
        session.addListener(follow);
        model.setBlueprint(session.get() == null ? null : session.get().blueprint());
        showTab("Executions", new io.blueprintstudio.ui.executions.ExecutionsView(model));
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        tab.setOnClosed(e -> {
            session.removeListener(follow);
            model.targetProperty().unbindBidirectional(target);
            model.dispose();
            graph.dispose();
        });
    }

    /** The Deploy screen: its target form sets {@link #targetProperty()}, which Executions shares. */
    public void openDeploy() {
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() instanceof io.blueprintstudio.ui.deploy.DeployView) {
                tabs.getSelectionModel().select(t);
                return;
            }
        }
        var model = new io.blueprintstudio.ui.deploy.DeployViewModel(work, target);
        model.sessionProperty().bind(session);
        Runnable unplug = io.blueprintstudio.ui.sandbox.SandboxForDeploy.attach(model, sandbox);
        showTab("Deploy", new io.blueprintstudio.ui.deploy.DeployView(model));
        tabs.getSelectionModel().getSelectedItem().setOnClosed(e -> unplug.run());
    }

    /**
     * The Synthesize screen for the open blueprint: the stacks MDAA would deploy, their templates and the cdk-nag
     * findings, which also show in Problems until the next edit. Opening it starts a synthesis.
     */
    public void openSynth() {
        BlueprintSession s = session.get();
        if (s == null) {
            status.show("Open a blueprint first: Synthesize turns it into CloudFormation stacks");
            return;
        }
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() instanceof io.blueprintstudio.ui.synth.SynthView v) {
                tabs.getSelectionModel().select(t);
                v.viewModel().synthesize();
                return;
            }
        }
        var model = new io.blueprintstudio.ui.synth.SynthViewModel(work, s);
        showTab("Synthesize", new io.blueprintstudio.ui.synth.SynthView(model, this::goTo));
        tabs.getSelectionModel().getSelectedItem().getProperties().put(SESSION_TAB, Boolean.TRUE);
        model.synthesize();
    }

    /** Shows a diagnostic's place: its file in the editor, the caret on its line and column. */
    public void goTo(Diagnostic d) {
        openFile(d.file()).ifPresent(view -> view.goTo(d.line(), d.column()));
    }

    /** The editor of the selected tab, if the selected tab is an editor. */
    Optional<YamlEditorView> currentEditor() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t != null && t.getContent() instanceof YamlEditorView v ? Optional.of(v) : Optional.empty();
    }

    TabPane tabs() {
        return tabs;
    }

    ProblemsView problems() {
        return problems;
    }

    Settings settings() {
        return settings;
    }

    StatusBar status() {
        return status;
    }

    /** Saves every changed file; a failure is shown and leaves everything unsaved as it was. */
    boolean save() {
        BlueprintSession s = session.get();
        if (s == null) {
            return true;
        }
        try {
            s.flushPending(); // typing not yet committed counts
            int n = s.dirtyFiles().size();
            s.save();
            status.show(n == 0 ? "Nothing to save" : "Saved " + n + (n == 1 ? " file" : " files"));
            return true;
        } catch (IOException | RuntimeException e) {
            status.show("Not saved: " + e.getMessage());
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            a.initOwner(stage);
            a.setHeaderText("The blueprint was not saved");
            a.showAndWait();
            return false;
        }
    }

    /** Quits after asking about unsaved changes. */
    void quit() {
        if (confirmUnsaved("quitting")) {
            stage.close();
        }
    }

    void setDarkTheme(boolean dark) {
        settings.setDarkTheme(dark);
        Theme.apply(stage.getScene(), dark);
    }

    /**
     * Asks Save / Don't Save / Cancel when the open blueprint has unsaved changes; true when it is fine to go on.
     */
    boolean confirmUnsaved(String doing) {
        BlueprintSession s = session.get();
        if (s == null) {
            return true;
        }
        s.flushPending();
        if (!s.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to " + String.join(", ", s.dirtyFiles()) + " before " + doing + "?");
        a.setContentText("If you don't save, your changes are lost.");
        a.getDialogPane().setId("unsaved-dialog");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return save();
        }
        return answer == discard;
    }

    private void showSession(BlueprintSession next) {
        for (Tab t : List.copyOf(tabs.getTabs())) {
            if (t.getContent() instanceof YamlEditorView || t.getProperties().containsKey(SESSION_TAB)) {
                tabs.getTabs().remove(t);
                t.getOnClosed().handle(null);
            }
        }
        session.set(next);
        next.dirtyProperty().addListener((o, a, b) -> stage.setTitle(title()));
        stage.setTitle(title());
        problemsModel.setSource(next.diagnostics());
        explorerModel.setSession(next);
        menus.bindSession(next);
        // Problem counts live in the Problems header, which follows every edit; this line says what was opened.
        status.show("Opened " + next.folder() + ": " + next.blueprint().modules().size() + " modules, "
                + next.blueprint().files().size() + " files");
        openFile(io.blueprintstudio.blueprint.Blueprint.MDAA_FILE);
    }

    private String title() {
        BlueprintSession s = session.get();
        if (s == null) {
            return "Blueprint Studio";
        }
        return (s.isDirty() ? "● " : "") + s.folder().getFileName() + " — Blueprint Studio";
    }
}
