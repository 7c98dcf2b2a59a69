package io.blueprintstudio.ui.convert;

import io.blueprintstudio.convert.BadValuePolicy;
import io.blueprintstudio.convert.Compression;
import io.blueprintstudio.convert.Dialect;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Convert screen: open or drop a CSV, check the dialect and schema (types can be changed) and the first rows,
 * convert with progress and cancel, then read the summary and the Parquet read back. Binds to a
 * {@link ConvertViewModel}; its shortcuts work while focus is inside the screen.
 */
public final class ConvertView extends BorderPane {
    static final KeyCombination OPEN = KeyCombination.keyCombination("Shortcut+Shift+O");
    static final KeyCombination CONVERT = KeyCombination.keyCombination("Shortcut+Enter");
    static final KeyCombination CHOOSE_OUTPUT = KeyCombination.keyCombination("Shortcut+Shift+S");
    static final KeyCombination SHOW_CSV = KeyCombination.keyCombination("Shortcut+1");
    static final KeyCombination SHOW_RESULT = KeyCombination.keyCombination("Shortcut+2");

    private final ConvertViewModel vm;
    private final TableView<List<String>> csvRows = TextTables.create("csv-rows");
    private final TableView<List<String>> parquetRows = TextTables.create("parquet-rows");
    private final TabPane tabs = new TabPane();
    private final Tab csvTab = new Tab("CSV — first " + ConvertViewModel.PREVIEW_ROWS + " rows");
    private final Tab resultTab = new Tab("Result");
    private final GridPane dialectGrid = new GridPane();

    public ConvertView(ConvertViewModel vm) {
        this.vm = vm;
        getStyleClass().add("convert-view");
        getStylesheets().add(ConvertView.class.getResource("convert.css").toExternalForm());
        setTop(toolbar());
        setCenter(center());
        setBottom(statusBar());
        acceptDrops();
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        vm.dialectProperty().addListener((o, was, d) -> showDialect(d));
        vm.rows().addListener((javafx.collections.ListChangeListener<List<String>>) c -> showRows());
        vm.outcomeProperty().addListener((o, was, outcome) -> {
            if (outcome != null) {
                tabs.getSelectionModel().select(resultTab);
            }
        });
    }

    public ConvertViewModel viewModel() {
        return vm;
    }

    private ToolBar toolbar() {
        Button open = button("Open CSV…", "open-csv", OPEN, e -> chooseCsv());
        Label name = new Label();
        name.setId("csv-name");
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.csvFileProperty().get() == null ? ""
                : vm.csvFileProperty().get().getFileName().toString(), vm.csvFileProperty()));
        TextField output = new TextField();
        output.setId("output-path");
        output.setPrefColumnCount(18);
        output.setTooltip(new Tooltip("Where the Parquet file goes (rejects, if any, beside it)"));
        Bindings.bindBidirectional(output.textProperty(), vm.outputFileProperty(), PATHS);
        Button browse = button("…", "choose-output", CHOOSE_OUTPUT, e -> chooseOutput());
        ComboBox<Compression> compression = combo("compression", Compression.values());
        compression.valueProperty().bindBidirectional(vm.compressionProperty());
        ComboBox<BadValuePolicy> policy = combo("bad-value-policy", BadValuePolicy.values());
        policy.valueProperty().bindBidirectional(vm.onBadValueProperty());
        policy.setTooltip(new Tooltip("A value that breaks its column's type: fail the run, widen the column "
                + "and convert again, or write the row to a rejects file"));
        Button convert = button("Convert", "convert", CONVERT, e -> vm.convert());
        convert.disableProperty().bind(vm.canConvertProperty().not());
        Button cancel = button("Cancel", "cancel", null, e -> vm.cancel());
        cancel.setTooltip(new Tooltip("Stop the conversion (Esc); nothing is left behind"));
        cancel.disableProperty().bind(vm.busyProperty().not());
        // Convert and Cancel first: in a narrow window the toolbar's overflow takes the options, not the actions.
        return new ToolBar(open, name, new Separator(Orientation.VERTICAL), convert, cancel,
                new Separator(Orientation.VERTICAL), new Label("Output"), output, browse,
                new Label("Compression"), compression, new Label("Bad values"), policy);
    }

    private StackPane center() {
        Label hint = new Label("Drop a CSV file here, or use Open CSV… ("
                + OPEN.getDisplayText() + ")");
        hint.getStyleClass().add("drop-hint");
        hint.visibleProperty().bind(vm.phaseProperty().isEqualTo(ConvertViewModel.Phase.EMPTY)
                .and(vm.errorProperty().isEmpty()));
        SplitPane split = new SplitPane(schemaPane(), rightPane());
        split.setDividerPositions(0.36);
        split.visibleProperty().bind(hint.visibleProperty().not());
        return new StackPane(split, hint);
    }

    private VBox schemaPane() {
        dialectGrid.setId("dialect");
        dialectGrid.setHgap(12);
        dialectGrid.setVgap(4);
        Label schemaTitle = title("Schema — change a type to override the inferred one");
        TableView<ColumnChoice> schema = new SchemaTable().table();
        VBox.setVgrow(schema, Priority.ALWAYS);
        VBox box = new VBox(8, title("Dialect (detected)"), dialectGrid, schemaTitle, schema);
        box.setPadding(new Insets(8));
        return box;
    }

    private TabPane rightPane() {
        csvTab.setContent(csvRows);
        resultTab.setContent(new ResultPane(vm, parquetRows).root());
        resultTab.disableProperty().bind(vm.outcomeProperty().isNull());
        tabs.getTabs().setAll(csvTab, resultTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private HBox statusBar() {
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(Bindings.when(vm.phaseProperty().isEqualTo(ConvertViewModel.Phase.PREVIEWING))
                .then(-1.0).otherwise(vm.progressProperty()));
        bar.visibleProperty().bind(vm.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label progress = new Label();
        progress.setId("progress-text");
        progress.textProperty().bind(Bindings.when(vm.phaseProperty().isEqualTo(ConvertViewModel.Phase.PREVIEWING))
                .then("Reading the head of the file …").otherwise(vm.progressTextProperty()));
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label error = new Label();
        error.setId("error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox box = new HBox(10, bar, progress, error);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        box.getStyleClass().add("convert-status");
        return box;
    }

    /** The schema table: name, header as found, inferred type, and the chosen type. */
    private final class SchemaTable {
        TableView<ColumnChoice> table() {
            TableView<ColumnChoice> t = new TableView<>(vm.columns());
            t.setId("schema");
            t.getStyleClass().add("dense");
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            t.getColumns().add(text("Column", c -> c.inferred().name()));
            t.getColumns().add(text("Header", c -> c.inferred().sourceName() == null ? "" : c.inferred().sourceName()));
            t.getColumns().add(text("Inferred", c -> c.inferred().typeName()));
            t.getColumns().get(2).setMinWidth(110);
            TableColumn<ColumnChoice, io.blueprintstudio.convert.ColumnType> type = new TableColumn<>("Type");
            type.setCellValueFactory(c -> c.getValue().typeProperty());
            type.setCellFactory(c -> new TypeCell());
            type.setMinWidth(150);
            t.getColumns().add(type);
            t.disableProperty().bind(vm.busyProperty());
            return t;
        }

        private TableColumn<ColumnChoice, String> text(String title,
                java.util.function.Function<ColumnChoice, String> value) {
            TableColumn<ColumnChoice, String> col = new TableColumn<>(title);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
            col.setSortable(false);
            return col;
        }
    }

    private void showDialect(Dialect d) {
        dialectGrid.getChildren().clear();
        if (d == null) {
            return;
        }
        String[][] facts = {
            {"Delimiter", delimiterName(d.delimiter())},
            {"Quote", String.valueOf(d.quote())},
            {"Escape", d.escape() == null ? "doubled quotes" : String.valueOf(d.escape())},
            {"Header row", d.header() ? "yes" : "no"},
            {"Encoding", d.encoding() + (d.bom() ? " with BOM" : "")},
        };
        for (int i = 0; i < facts.length; i++) {
            Label key = new Label(facts[i][0]);
            key.getStyleClass().add("fact-key");
            Label value = new Label(facts[i][1]);
            value.setId("dialect-" + facts[i][0].toLowerCase(Locale.ROOT).replace(' ', '-'));
            dialectGrid.addRow(i, key, value);
        }
    }

    static String delimiterName(char c) {
        return switch (c) {
            case ',' -> "comma ( , )";
            case ';' -> "semicolon ( ; )";
            case '\t' -> "tab";
            case '|' -> "pipe ( | )";
            default -> "'" + c + "'";
        };
    }

    private void showRows() {
        TextTables.columns(csvRows, vm.columns().stream().map(c -> c.inferred().sourceName() != null
                ? c.inferred().sourceName() : c.inferred().name()).toList());
        csvRows.getItems().setAll(vm.rows());
        tabs.getSelectionModel().select(csvTab);
    }

    private void acceptDrops() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.busyProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            boolean ok = !files.isEmpty() && files.get(0).isFile();
            if (ok) {
                vm.open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void shortcut(KeyEvent e) {
        if (OPEN.match(e)) {
            chooseCsv();
        } else if (CONVERT.match(e)) {
            vm.convert();
        } else if (CHOOSE_OUTPUT.match(e)) {
            chooseOutput();
        } else if (SHOW_CSV.match(e)) {
            tabs.getSelectionModel().select(csvTab);
        } else if (SHOW_RESULT.match(e) && !resultTab.isDisable()) {
            tabs.getSelectionModel().select(resultTab);
        } else if (e.getCode() == KeyCode.ESCAPE && vm.busyProperty().get()) {
            vm.cancel();
        } else {
            return;
        }
        e.consume();
    }

    private void chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a CSV file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV and text", "*.csv", "*.tsv",
                "*.txt"), new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private void chooseOutput() {
        Path current = vm.outputFileProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the Parquet file as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parquet", "*.parquet"));
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.outputFileProperty().set(f.toPath());
        }
    }

    private static Button button(String text, String id, KeyCombination key,
            javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(action);
        if (key != null) {
            b.setTooltip(new Tooltip(key.getDisplayText()));
        }
        return b;
    }

    private static <T> ComboBox<T> combo(String id, T[] values) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : v.toString().toLowerCase(Locale.ROOT);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        return c;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static final StringConverter<Path> PATHS = new StringConverter<>() {
        @Override
        public String toString(Path p) {
            return p == null ? "" : p.toString();
        }

        @Override
        public Path fromString(String s) {
            try {
                return s == null || s.isBlank() ? null : Path.of(s.strip());
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }
    };
}
