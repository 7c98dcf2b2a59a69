package io.blueprintstudio.ui.problems;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The Problems list: severity, message, file, line; filters above; double-click or Enter opens the place. */
public final class ProblemsView extends BorderPane {
    private final ProblemsViewModel model;
    private final TableView<Diagnostic> table = new TableView<>();

    public ProblemsView(ProblemsViewModel model) {
        this.model = model;
        getStyleClass().add("problems-view");
        table.setId("problems-table");
        table.setItems(model.shown());
        table.setPlaceholder(new Label("No problems to show"));
        table.getColumns().add(column("", 34, d -> "", true));
        TableColumn<Diagnostic, String> message = column("Message", 520, Diagnostic::message, false);
        message.setMinWidth(200);
        TableColumn<Diagnostic, String> file = column("File", 250, Diagnostic::file, false);
        file.setMinWidth(120);
        TableColumn<Diagnostic, String> line = column("Line", 56, d -> d.line() > 0 ? Integer.toString(d.line()) : "",
                false);
        line.setMinWidth(56);
        line.setMaxWidth(64);
        TableColumn<Diagnostic, String> rule = column("Rule", 200, Diagnostic::code, false);
        rule.setMinWidth(120);
        table.getColumns().addAll(List.of(message, file, line, rule));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        table.setRowFactory(t -> {
            TableRow<Diagnostic> row = new TableRow<>();
            // The message column cuts long messages short: the row's tooltip has all of it, with the hint.
            row.itemProperty().addListener((o, a, d) -> row.setTooltip(d == null ? null : new Tooltip(d.message()
                    + (d.hint().isEmpty() ? "" : "\nHint: " + d.hint()))));
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        setTop(filters());
        setCenter(table);
    }

    /** Moves keyboard focus to the list, selecting its first row when none is selected. */
    public void focusList() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    public TableView<Diagnostic> table() {
        return table;
    }

    private HBox filters() {
        Label title = new Label("Problems");
        title.getStyleClass().add("pane-title");
        Label summary = new Label();
        summary.setId("problems-summary");
        summary.textProperty().bind(model.summaryProperty());
        ComboBox<Severity> severity = new ComboBox<>();
        severity.setId("severity-filter");
        severity.getItems().setAll(Severity.values());
        severity.valueProperty().bindBidirectional(model.minimumSeverityProperty());
        severity.setConverter(new StringConverter<>() {
            @Override
            public String toString(Severity s) {
                return s == null ? "" : switch (s) {
                    case ERROR -> "Errors only";
                    case WARNING -> "Errors and warnings";
                    case NOTE -> "All severities";
                };
            }

            @Override
            public Severity fromString(String s) {
                return null;
            }
        });
        ComboBox<String> file = new ComboBox<>(model.files());
        file.setId("file-filter");
        file.valueProperty().bindBidirectional(model.fileProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, summary, spacer, new Label("Show"), severity, new Label("in"), file);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("pane-header");
        return bar;
    }

    private static TableColumn<Diagnostic, String> column(String title, double width,
            java.util.function.Function<Diagnostic, String> value, boolean severityIcon) {
        TableColumn<Diagnostic, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        if (severityIcon) {
            c.setMinWidth(34);
            c.setMaxWidth(34);
            c.setSortable(false);
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    Diagnostic d = empty ? null : getTableRow().getItem();
                    setText(null);
                    setGraphic(d == null ? null : SeverityMark.of(d.severity()));
                }
            });
        }
        return c;
    }

    /** A small coloured badge per severity, styled in studio.css. */
    static final class SeverityMark {
        private SeverityMark() {
        }

        static Label of(Severity s) {
            Label l = new Label(switch (s) {
                case ERROR -> "✖";
                case WARNING -> "▲";
                case NOTE -> "ℹ";
            });
            l.getStyleClass().addAll("severity-mark", "severity-" + s.name().toLowerCase(Locale.ROOT));
            return l;
        }
    }
}
