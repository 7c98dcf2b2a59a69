package io.blueprintstudio.ui.sandbox;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The sandbox's place in the status bar: a dot coloured by state, the current line (the install step while
 * starting), a progress bar while starting. A failed start is shown once as a dialog with the whole message,
 * which for a missing Python includes the command to run MiniStack by hand.
 */
public final class SandboxIndicator extends HBox {
    private static final String[] STATE_CLASSES = {"sandbox-stopped", "sandbox-starting", "sandbox-running",
        "sandbox-stopping", "sandbox-failed"};

    public SandboxIndicator(SandboxViewModel model, Window owner) {
        setId("sandbox-indicator");
        getStyleClass().add("sandbox-indicator");
        Label dot = new Label("●");
        dot.getStyleClass().add("sandbox-dot");
        Label text = new Label();
        text.setId("sandbox-status");
        text.textProperty().bind(model.messageProperty());
        text.setMaxWidth(420);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.messageProperty());
        text.setTooltip(tip);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(80);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(Bindings.equal(model.stateProperty(), SandboxViewModel.State.STARTING));
        bar.managedProperty().bind(bar.visibleProperty());
        getChildren().addAll(dot, text, bar);
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        showState(dot, model.stateProperty().get());
        model.stateProperty().addListener((o, was, now) -> showState(dot, now));
        model.errorProperty().addListener((o, was, now) -> {
            if (now != null) {
                showError(owner, now);
            }
        });
    }

    private static void showState(Label dot, SandboxViewModel.State state) {
        dot.getStyleClass().removeAll(STATE_CLASSES);
        dot.getStyleClass().add(STATE_CLASSES[state.ordinal()]);
        dot.setStyle(switch (state) {
            case STOPPED -> "-fx-text-fill: -color-fg-muted;";
            case STARTING, STOPPING -> "-fx-text-fill: -color-warning-fg;";
            case RUNNING -> "-fx-text-fill: -color-success-fg;";
            case FAILED -> "-fx-text-fill: -color-danger-fg;";
        });
    }

    private static void showError(Window owner, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("Local sandbox");
        a.setHeaderText("The local sandbox is not running");
        TextArea text = new TextArea(message); // selectable, so the manual command can be copied
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(72);
        text.setPrefRowCount(Math.min(14, message.length() / 60 + message.split("\\R").length + 1));
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("sandbox-error");
        a.show();
    }
}
