package io.blueprintstudio.ui.graph;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected state: name, type, paths, transition, Resource (as written and resolved), and its JSON. */
final class DetailsPane extends VBox {
    private final Label title = new Label();
    private final Label hint = new Label("Click a state to see its definition, paths and resource.");
    private final GridPane facts = new GridPane();
    private final TextArea json = new TextArea();

    DetailsPane(GraphViewModel vm) {
        super(8);
        setId("state-details");
        getStyleClass().add("state-details");
        setPadding(new Insets(10));
        setMinWidth(260);
        title.setId("details-title");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        hint.setWrapText(true);
        facts.setHgap(10);
        facts.setVgap(4);
        json.setId("details-json");
        json.setEditable(false);
        json.setWrapText(true);
        json.getStyleClass().add("details-json");
        VBox.setVgrow(json, Priority.ALWAYS);
        vm.detailsProperty().addListener((o, was, d) -> show(d));
        show(null);
    }

    private void show(StateDetails d) {
        boolean any = d != null;
        hint.setVisible(!any);
        hint.setManaged(!any);
        facts.getChildren().clear();
        getChildren().setAll(any ? java.util.List.of(title, facts, new Label("Definition"), json)
                : java.util.List.of(hint));
        if (!any) {
            return;
        }
        title.setText(d.name() + "  ·  " + d.type());
        int row = 0;
        row = fact(row, "InputPath", d.inputPath(), "$ (default)");
        row = fact(row, "OutputPath", d.outputPath(), "$ (default)");
        row = fact(row, "ResultPath", d.resultPath(), "$ (default)");
        row = fact(row, "Next", d.next(), null);
        row = fact(row, "Resource", d.resource(), null);
        if (d.resource() != null) {
            row = fact(row, "Resolved", d.resolvedResource(), "(open from a blueprint module to resolve)");
        }
        if (!d.resolveProblems().isEmpty()) {
            fact(row, "Unresolved", d.resolveProblems(), null);
        }
        json.setText(d.json());
    }

    /** Adds a row when there is something to say; {@code absent} is shown for a missing value if given. */
    private int fact(int row, String key, String value, String absent) {
        String text = value != null ? value : absent;
        if (text == null) {
            return row;
        }
        Label k = new Label(key);
        k.getStyleClass().add("fact-key");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = new Label(text);
        v.setId("details-" + key.toLowerCase(java.util.Locale.ROOT));
        v.setWrapText(true);
        if (value == null) {
            v.getStyleClass().add("fact-default");
        }
        facts.addRow(row, k, v);
        return row + 1;
    }
}
