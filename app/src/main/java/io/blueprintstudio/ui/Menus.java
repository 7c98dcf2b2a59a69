package io.blueprintstudio.ui;

import io.blueprintstudio.ui.editor.YamlEditorView;
import io.blueprintstudio.ui.explorer.ExplorerView;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar and every keyboard shortcut of the window. Each action is a menu item, so the shortcuts dialog
 * lists exactly what the keys do; items that need an open blueprint or an editor are disabled without one.
 */
final class Menus {
    private final MainWindow window;
    private final ExplorerView explorer;
    private final MenuBar bar = new MenuBar();
    private final MenuItem save = item("Save", "Shortcut+S", null);
    private final MenuItem undo = item("Undo", "Shortcut+Z", null);
    private final MenuItem redo = item("Redo", "Shortcut+Shift+Z", null);
    private final BooleanProperty noEditor = new SimpleBooleanProperty(true);
    private final Menu recent = new Menu("Open Recent");

    Menus(MainWindow window, ExplorerView explorer, boolean canCreate) {
        this.window = window;
        this.explorer = explorer;
        bar.setUseSystemMenuBar(true);
        bar.getMenus().addAll(file(canCreate), edit(), view(), tools(), help());
        window.tabs().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> noEditor.set(
                window.currentEditor().isEmpty()));
    }

    MenuBar bar() {
        return bar;
    }

    /** Keys that are not menu items of their own: Ctrl+Y as a second redo. */
    void installSceneKeys(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), () -> {
            if (!redo.isDisable()) {
                redo.fire();
            }
        });
    }

    /** Enables the items that act on a blueprint, following the session's undo state and dirty flag. */
    void bindSession(BlueprintSession s) {
        save.disableProperty().bind(s.dirtyProperty().not());
        undo.disableProperty().bind(s.canUndoProperty().not());
        undo.textProperty().bind(s.undoTextProperty());
        redo.disableProperty().bind(s.canRedoProperty().not());
        redo.textProperty().bind(s.redoTextProperty());
        undo.setOnAction(e -> s.undo());
        redo.setOnAction(e -> s.redo());
    }

    private Menu file(boolean canCreate) {
        Menu m = new Menu("File");
        if (canCreate) {
            m.getItems().add(item("New Blueprint from Sample…", "Shortcut+N", e -> explorer.chooseAndCreate()));
        }
        m.getItems().addAll(item("Open Blueprint…", "Shortcut+O", e -> explorer.chooseAndOpen()), recent,
                new SeparatorMenuItem(), save);
        save.setDisable(true);
        save.setOnAction(e -> window.save());
        MenuItem close = item("Close Tab", "Shortcut+W", e -> {
            var tab = window.tabs().getSelectionModel().getSelectedItem();
            if (tab != null) {
                window.tabs().getTabs().remove(tab);
                if (tab.getOnClosed() != null) {
                    tab.getOnClosed().handle(null);
                }
            }
        });
        close.disableProperty().bind(Bindings.isEmpty(window.tabs().getTabs()));
        m.getItems().addAll(close, new SeparatorMenuItem(), item("Quit", "Shortcut+Q", e -> window.quit()));
        m.setOnShowing(e -> fillRecent());
        fillRecent();
        return m;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : window.settings().recentBlueprints()) {
            recent.getItems().add(item(p.toString(), null, e -> window.open(p)));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu edit() {
        undo.setDisable(true);
        redo.setDisable(true);
        undo.getProperties().put(ShortcutsDialog.SHORTCUT_LABEL, "Undo");
        redo.getProperties().put(ShortcutsDialog.SHORTCUT_LABEL, "Redo");
        MenuItem find = editorItem("Find…", "Shortcut+F", v -> v.showFind(false));
        MenuItem replace = editorItem("Replace…", "Shortcut+H", v -> v.showFind(true));
        MenuItem next = editorItem("Find Next", "F3", v -> v.findNext(true));
        MenuItem previous = editorItem("Find Previous", "Shift+F3", v -> v.findNext(false));
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), find, replace, next, previous);
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(window.settings().darkTheme());
        dark.selectedProperty().addListener((o, a, b) -> window.setDarkTheme(b));
        MenuItem explorerFocus = item("Go to Explorer", "Shortcut+Shift+E", e -> explorer.focusTree());
        MenuItem problemsFocus = item("Go to Problems", "Shortcut+Shift+P", e -> window.problems().focusList());
        MenuItem graph = item("State Machine Graph", "Shortcut+G", e -> window.openGraph());
        graph.disableProperty().bind(window.sessionProperty().isNull());
        MenuItem executions = item("Executions", "Shortcut+Shift+X", e -> window.openExecutions());
        return new Menu("View", null, dark, new SeparatorMenuItem(), explorerFocus, problemsFocus,
                new SeparatorMenuItem(), graph, executions);
    }

    private Menu tools() {
        MenuItem convert = item("Convert CSV to Parquet…", "Shortcut+Shift+K", e -> window.openConvert());
        MenuItem deploy = item("Deploy…", "Shortcut+D", e -> window.openDeploy());
        MenuItem synth = item("Synthesize", "Shortcut+B", e -> window.openSynth());
        synth.disableProperty().bind(window.sessionProperty().isNull());
        return new Menu("Tools", null, convert, synth, deploy, new SeparatorMenuItem(), sandboxItem());
    }

    /** One item that starts, cancels or stops the local sandbox, named for what it will do. */
    private MenuItem sandboxItem() {
        var model = window.sandbox();
        MenuItem i = item("Start Local Sandbox", null, e -> model.toggle());
        i.setId("sandbox-toggle");
        i.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case STOPPED, FAILED -> "Start Local Sandbox";
            case STARTING -> "Cancel Local Sandbox Start";
            case RUNNING -> "Stop Local Sandbox";
            case STOPPING -> "Stopping Local Sandbox …";
        }, model.stateProperty()));
        i.disableProperty().bind(Bindings.equal(model.stateProperty(),
                io.blueprintstudio.ui.sandbox.SandboxViewModel.State.STOPPING));
        return i;
    }

    private Menu help() {
        MenuItem keys = item("Keyboard Shortcuts", "F1",
                e -> ShortcutsDialog.create(window.stage(), bar).show());
        return new Menu("Help", null, keys);
    }

    private MenuItem editorItem(String text, String keys, Consumer<YamlEditorView> action) {
        MenuItem i = item(text, keys, e -> window.currentEditor().ifPresent(action));
        i.disableProperty().bind(noEditor);
        return i;
    }

    private static MenuItem item(String text, String keys,
            javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem i = new MenuItem(text);
        if (keys != null) {
            i.setAccelerator(KeyCombination.keyCombination(keys));
        }
        if (action != null) {
            i.setOnAction(action);
        }
        return i;
    }
}
