package io.blueprintstudio.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: the last message on the left; background work (a spinner and what it does) on the right. */
final class StatusBar extends HBox {
    private final Label message = new Label();

    StatusBar(BackgroundWork work) {
        getStyleClass().add("status-bar");
        message.setId("status-message");
        message.setMinWidth(0);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        Label working = new Label();
        working.setId("status-work");
        working.textProperty().bind(work.messageProperty());
        spinner.visibleProperty().bind(Bindings.greaterThan(work.runningProperty(), 0));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, working, spinner);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 8, 2, 8));
    }

    /** Adds a standing indicator (the local sandbox's) before the background-work spinner. */
    void addIndicator(javafx.scene.Node indicator) {
        getChildren().add(getChildren().size() - 2, indicator);
    }

    void show(String text) {
        message.setText(text);
    }

    String text() {
        return message.getText();
    }
}
