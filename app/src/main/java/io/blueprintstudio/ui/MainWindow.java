package io.blueprintstudio.ui;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.validate.BlueprintValidator;
import io.blueprintstudio.validate.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/**
 * The main window: menus, the screens as tabs, and a status bar. It wires screens to services and holds no file or
 * AWS logic itself.
 */
public final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private final Label emptyState = new Label("Open a blueprint folder with File › Open (Ctrl+O).");

    public MainWindow(Stage stage) {
        this.stage = stage;
        root.setTop(menus());
        root.setCenter(emptyState);
        HBox statusBar = new HBox(status);
        statusBar.setPadding(new Insets(2, 8, 2, 8));
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);
        stage.setTitle("Blueprint Studio");
        stage.setScene(new Scene(root, 1200, 800));
    }

    public void show() {
        stage.show();
    }

    /** Loads a blueprint off the FX thread; the window shows it when loaded, or the reason it could not be. */
    public void open(Path folder) {
        Task<Loaded> load = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                Blueprint blueprint = Blueprint.load(folder);
                return new Loaded(blueprint, BlueprintValidator.validate(blueprint));
            }
        };
        status.setText("Opening " + folder + " …");
        load.setOnSucceeded(e -> showBlueprint(load.getValue()));
        load.setOnFailed(e -> status.setText("Could not open " + folder + ": " + load.getException().getMessage()));
        Thread worker = new Thread(load, "open-blueprint");
        worker.setDaemon(true);
        worker.start();
    }

    /** Adds a screen as a tab, or selects it when a tab with that title is already open. */
    public void showTab(String title, javafx.scene.Node content) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getText().equals(title)) {
                tabs.getSelectionModel().select(tab);
                return;
            }
        }
        Tab tab = new Tab(title, content);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    private void showBlueprint(Loaded loaded) {
        stage.setTitle("Blueprint Studio — " + loaded.blueprint().folder().getFileName());
        root.setCenter(tabs);
        long errors = loaded.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR")).count();
        status.setText(loaded.blueprint().folder() + ": " + loaded.blueprint().modules().size() + " modules, "
                + errors + " errors, " + (loaded.diagnostics().size() - errors) + " other problems");
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open Blueprint…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a blueprint folder (the one holding mdaa.yaml)");
            var folder = chooser.showDialog(stage);
            if (folder != null) {
                open(folder.toPath());
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        return new MenuBar(new Menu("File", null, open, quit));
    }

    private record Loaded(Blueprint blueprint, List<Diagnostic> diagnostics) {
    }
}
