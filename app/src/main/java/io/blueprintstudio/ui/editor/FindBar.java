package io.blueprintstudio.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * Find and replace above the editor: Enter finds the next match (Shift+Enter the previous), Escape closes. Replace
 * changes the selected match through the text area (so it is ordinary typing); Replace All is one undo step.
 */
final class FindBar extends VBox {
    private final YamlEditorViewModel model;
    private final CodeArea area;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label result = new Label();
    private final HBox replaceRow;

    FindBar(YamlEditorViewModel model, CodeArea area) {
        this.model = model;
        this.area = area;
        getStyleClass().add("find-bar");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(4);
        query.setId("find-field");
        query.setPromptText("Find");
        replacement.setId("replace-field");
        replacement.setPromptText("Replace with");
        result.getStyleClass().add("find-result");
        result.setMinWidth(110);

        Button previous = button("Previous", () -> next(false));
        Button next = button("Next", () -> next(true));
        Button close = button("Close", this::hide);
        HBox findRow = row(label("Find"), query, next, previous, matchCase, result, spacer(), close);
        Button replace = button("Replace", this::replaceOne);
        Button replaceAll = button("Replace All", this::replaceAll);
        replaceAll.setId("replace-all");
        replaceRow = row(label("Replace"), replacement, replace, replaceAll);
        getChildren().addAll(findRow, replaceRow);

        query.textProperty().addListener((o, a, b) -> updateCount());
        matchCase.selectedProperty().addListener((o, a, b) -> updateCount());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                next(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        replacement.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        setShown(false, false);
    }

    void show(boolean withReplace, String seed) {
        if (seed != null && !seed.isEmpty() && !seed.contains("\n")) {
            query.setText(seed);
        }
        setShown(true, withReplace);
        query.requestFocus();
        query.selectAll();
        updateCount();
    }

    void hide() {
        setShown(false, false);
        area.requestFocus();
    }

    void next(boolean forward) {
        int from = forward ? area.getSelection().getEnd() : area.getSelection().getStart();
        model.find(query.getText(), from, forward, matchCase.isSelected()).ifPresentOrElse(m -> {
            area.selectRange(m[0], m[1]);
            area.requestFollowCaret();
            updateCount();
        }, () -> result.setText(query.getText().isEmpty() ? "" : "No matches"));
    }

    private void replaceOne() {
        String selected = area.getSelectedText();
        boolean matches = matchCase.isSelected() ? selected.equals(query.getText())
                : selected.equalsIgnoreCase(query.getText());
        if (!query.getText().isEmpty() && matches) {
            area.replaceSelection(replacement.getText());
        }
        next(true);
    }

    private void replaceAll() {
        int n = model.replaceAll(query.getText(), replacement.getText(), matchCase.isSelected());
        result.setText(n == 0 ? "No matches" : "Replaced " + n);
    }

    private void updateCount() {
        int n = model.count(query.getText(), matchCase.isSelected());
        result.setText(query.getText().isEmpty() ? "" : n == 0 ? "No matches" : n == 1 ? "1 match" : n + " matches");
    }

    private void setShown(boolean shown, boolean withReplace) {
        setVisible(shown);
        setManaged(shown);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(60);
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
