package io.blueprintstudio.ui.explorer;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The Explorer pane: the blueprint's files by module with problem counts (double-click or Enter opens a file),
 * the Open and New buttons, and the recent blueprints below.
 */
public final class ExplorerView extends BorderPane {
    private final ExplorerViewModel model;
    private final TreeView<ExplorerItem> tree = new TreeView<>();
    private final ListView<Path> recent;

    public ExplorerView(ExplorerViewModel model) {
        this.model = model;
        getStyleClass().add("explorer-view");
        tree.setId("explorer-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new ItemCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        model.rootProperty().addListener((o, a, b) -> showTree(b));
        showTree(model.rootProperty().get());

        recent = new ListView<>(model.recent());
        recent.setId("recent-list");
        recent.setPlaceholder(new Label("Blueprints you open are listed here"));
        recent.setCellFactory(l -> new RecentCell());
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                model.openFolder(recent.getSelectionModel().getSelectedItem());
            }
        });

        SplitPane split = new SplitPane(tree, titled("Recent", recent));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        setTop(header());
        setCenter(split);
    }

    /** Asks for a blueprint folder and opens it. */
    public void chooseAndOpen() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a blueprint folder (the one holding mdaa.yaml)");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            model.openFolder(folder.toPath());
        }
    }

    /** Asks for an empty folder (or one to create it in) and makes a new blueprint there from the sample. */
    public void chooseAndCreate() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("New blueprint from the sample: choose an empty folder, or the folder to create it in");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            model.createFromSample(folder.toPath());
        }
    }

    public void focusTree() {
        tree.requestFocus();
        if (tree.getSelectionModel().isEmpty()) {
            tree.getSelectionModel().select(0);
        }
    }

    public TreeView<ExplorerItem> tree() {
        return tree;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private VBox header() {
        Label title = new Label("Explorer");
        title.getStyleClass().add("pane-title");
        Button open = new Button("Open…");
        open.setId("explorer-open");
        open.setTooltip(new Tooltip("Open a blueprint folder (Ctrl+O)"));
        open.setOnAction(e -> chooseAndOpen());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, title, spacer, open);
        if (model.canCreateFromSample()) {
            Button create = new Button("New…");
            create.setId("explorer-new");
            create.setTooltip(new Tooltip("New blueprint from the bundled sample (Ctrl+N)"));
            create.setOnAction(e -> chooseAndCreate());
            bar.getChildren().add(create);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("pane-header");
        return new VBox(bar);
    }

    private static VBox titled(String text, javafx.scene.Node content) {
        Label title = new Label(text);
        title.getStyleClass().add("pane-title");
        HBox bar = new HBox(title);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("pane-header");
        VBox.setVgrow(content, Priority.ALWAYS);
        return new VBox(bar, content);
    }

    private void showTree(ExplorerItem root) {
        String selected = selectedFile();
        tree.setRoot(root == null ? null : item(root));
        if (selected != null) {
            select(tree.getRoot(), selected);
        }
    }

    private String selectedFile() {
        TreeItem<ExplorerItem> s = tree.getSelectionModel().getSelectedItem();
        return s == null || s.getValue() == null ? null : s.getValue().file();
    }

    private boolean select(TreeItem<ExplorerItem> at, String file) {
        if (at == null) {
            return false;
        }
        if (file.equals(at.getValue().file())) {
            tree.getSelectionModel().select(at);
            return true;
        }
        for (TreeItem<ExplorerItem> c : at.getChildren()) {
            if (select(c, file)) {
                return true;
            }
        }
        return false;
    }

    private static TreeItem<ExplorerItem> item(ExplorerItem value) {
        TreeItem<ExplorerItem> item = new TreeItem<>(value);
        item.setExpanded(true); // a blueprint has a handful of files: all in view beats remembering what was open
        value.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private void openSelected() {
        TreeItem<ExplorerItem> s = tree.getSelectionModel().getSelectedItem();
        if (s != null) {
            model.activate(s.getValue());
        }
    }

    /** Name, problem badge, quiet detail; the same nodes for the cell's life, only their texts change. */
    private final class ItemCell extends TreeCell<ExplorerItem> {
        private final Label name = new Label();
        private final Label badge = new Label();
        private final Label detail = new Label();
        private final HBox row = new HBox(6, name, badge, detail);
        private final Tooltip tip = new Tooltip();

        ItemCell() {
            detail.getStyleClass().add("explorer-detail");
            detail.setMinWidth(0);
            badge.managedProperty().bind(badge.visibleProperty());
            row.setAlignment(Pos.CENTER_LEFT);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    model.activate(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ExplorerItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(item.dirty() && item.isFile() ? "● " + item.label() : item.label());
            name.getStyleClass().setAll("label", item.isFile() ? "explorer-file" : "explorer-group");
            detail.setText(item.detail());
            // Next to the name, not right-aligned: a wide row would push a right-aligned badge out of view.
            badge.setVisible(item.problems() > 0);
            badge.setText(Integer.toString(item.problems()));
            badge.getStyleClass().setAll("label", "problem-badge", item.errors() > 0 ? "badge-error" : "badge-warning");
            setGraphic(row);
            tip.setText((item.isFile() ? item.file() : item.label() + " " + item.detail()
                    + (item.form() != null ? "\nDouble-click or Enter: the form" : ""))
                    + (item.problems() > 0 ? "\n" + item.errors() + " errors, " + item.others() + " other problems"
                            : ""));
            setTooltip(tip);
        }
    }

    /** A recent folder: its name, then where it is. */
    private final class RecentCell extends ListCell<Path> {
        RecentCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    model.openFolder(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Path p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(p.getFileName() == null ? p.toString() : p.getFileName().toString());
            Label where = new Label(p.getParent() == null ? "" : p.getParent().toString());
            where.getStyleClass().add("explorer-detail");
            setGraphic(new VBox(0, name, where));
            setTooltip(new Tooltip(p.toString()));
        }
    }
}
