package io.blueprintstudio.ui.graph;

import io.blueprintstudio.graph.GraphLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/**
 * The Graph screen: the state machine drawn from its ELK layout, zoom (Ctrl+wheel, Ctrl+= / Ctrl+-), pan (drag,
 * wheel, arrow keys), fit (Ctrl+0), click a state for its details, export PNG (Ctrl+E) or SVG (Ctrl+Shift+E).
 */
public final class GraphView extends BorderPane {
    private static final double PAN_STEP = 60;

    private final GraphViewModel vm;
    private final GraphCanvas canvas = new GraphCanvas();
    private final Label zoom = new Label();
    private double dragX;
    private double dragY;
    private boolean dragged;

    public GraphView(GraphViewModel vm) {
        this.vm = vm;
        getStyleClass().add("graph-view");
        getStylesheets().add(GraphView.class.getResource("graph.css").toExternalForm());
        canvas.setId("graph-canvas");
        canvas.setFocusTraversable(true);
        SplitPane split = new SplitPane(canvas, new DetailsPane(vm));
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setTop(toolbar());
        setCenter(split);
        setBottom(messages());
        mouse();
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        bind();
    }

    public GraphViewModel viewModel() {
        return vm;
    }

    /** Fits the whole graph in the view, as Ctrl+0 does. */
    public void fit() {
        canvas.fit();
        showZoom();
    }

    /** Draws again at the current zoom and position (for measuring; changes redraw by themselves). */
    void redraw() {
        canvas.redraw();
    }

    /** The current zoom factor (1 = 100%). */
    public double scale() {
        return canvas.viewport().scale();
    }

    /** Milliseconds the last redraw took, and how many nodes it drew (the rest were off screen). */
    public double lastDrawMillis() {
        return canvas.lastDrawNanos() / 1e6;
    }

    public int lastDrawnNodes() {
        return canvas.lastDrawnNodes();
    }

    /** Where a graph point is on screen, in this view's coordinates: for tests and for scrolling to a state. */
    public javafx.geometry.Point2D toView(double graphX, double graphY) {
        return canvas.localToScene(canvas.viewport().toScreenX(graphX), canvas.viewport().toScreenY(graphY));
    }

    private void bind() {
        vm.modelProperty().addListener((o, was, m) -> {
            // A new machine is fitted; an edit of the same one keeps the user's zoom and position.
            canvas.setLayout(m == null ? null : m.layout(), was == null);
            showZoom();
        });
        vm.selectedIdProperty().addListener((o, was, id) -> canvas.setSelected(id));
        vm.stateStyles().addListener((MapChangeListener<String, String>) c -> canvas.setStyles(vm.stateStyles()));
        canvas.setStyles(vm.stateStyles());
        if (vm.modelProperty().get() != null) {
            canvas.setLayout(vm.modelProperty().get().layout(), true);
        }
    }

    private ToolBar toolbar() {
        Button out = button("−", "zoom-out", "Zoom out (Ctrl+-)", () -> zoomCentre(1 / Viewport.STEP));
        Button in = button("+", "zoom-in", "Zoom in (Ctrl+=)", () -> zoomCentre(Viewport.STEP));
        Button fit = button("Fit", "fit", "Show the whole graph (Ctrl+0)", this::fit);
        zoom.setId("zoom-level");
        zoom.setMinWidth(48);
        Button png = button("Export PNG…", "export-png", "Save the graph as PNG (Ctrl+E)", () -> export(false));
        Button svg = button("Export SVG…", "export-svg", "Save the graph as SVG (Ctrl+Shift+E)", () -> export(true));
        png.disableProperty().bind(vm.modelProperty().isNull());
        svg.disableProperty().bind(vm.modelProperty().isNull());
        Label status = new Label();
        status.setId("graph-status");
        status.textProperty().bind(vm.statusProperty());
        return new ToolBar(out, in, fit, zoom, new Separator(Orientation.VERTICAL), png, svg, status);
    }

    private HBox messages() {
        Label error = new Label();
        error.setId("graph-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String e = vm.errorProperty().get();
            if (e.isEmpty()) {
                return "";
            }
            return "The definition does not read — " + e
                    + (vm.modelProperty().get() != null ? ". Showing the last graph that did." : "");
        }, vm.errorProperty(), vm.modelProperty()));
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox bar = new HBox(error);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void mouse() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 3;
            canvas.pan(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !dragged) {
                var n = canvas.nodeAt(e.getX(), e.getY());
                vm.select(n == null ? null : n.id());
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                canvas.zoom(e.getDeltaY() > 0 ? Viewport.STEP : 1 / Viewport.STEP, e.getX(), e.getY());
                showZoom();
            } else {
                canvas.pan(e.getDeltaX(), e.getDeltaY());
            }
            e.consume();
        });
    }

    private void shortcut(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean mod = e.isShortcutDown();
        if (mod && (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD)) {
            zoomCentre(Viewport.STEP);
        } else if (mod && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            zoomCentre(1 / Viewport.STEP);
        } else if (mod && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
            fit();
        } else if (mod && k == KeyCode.E) {
            export(e.isShiftDown());
        } else if (!mod && k == KeyCode.ESCAPE && vm.selectedIdProperty().get() != null) {
            vm.select(null);
        } else if (mod || !canvas.isFocused() || !arrow(k)) {
            return;
        }
        e.consume();
    }

    /** Arrow keys pan while the graph has focus (elsewhere they belong to the focused control). */
    private boolean arrow(KeyCode k) {
        switch (k) {
            case LEFT -> canvas.pan(PAN_STEP, 0);
            case RIGHT -> canvas.pan(-PAN_STEP, 0);
            case UP -> canvas.pan(0, PAN_STEP);
            case DOWN -> canvas.pan(0, -PAN_STEP);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void zoomCentre(double factor) {
        canvas.zoom(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
        showZoom();
    }

    private void showZoom() {
        zoom.setText(String.format(Locale.ROOT, "%.0f%%", canvas.viewport().scale() * 100));
    }

    private void export(boolean svg) {
        GraphLayout layout = vm.modelProperty().get() == null ? null : vm.modelProperty().get().layout();
        if (layout == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(svg ? "Export the graph as SVG" : "Export the graph as PNG");
        chooser.setInitialFileName(svg ? "state-machine.svg" : "state-machine.png");
        chooser.getExtensionFilters().add(svg ? new FileChooser.ExtensionFilter("SVG", "*.svg")
                : new FileChooser.ExtensionFilter("PNG", "*.png"));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            Path p = f.toPath();
            if (svg) {
                vm.exportSvg(p);
            } else {
                vm.exportPng(p);
            }
        }
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
