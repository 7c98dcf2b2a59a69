package io.blueprintstudio.ui.synth;

import io.blueprintstudio.synth.SynthesizedStack;
import io.blueprintstudio.validate.Diagnostic;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The Synthesize screen: a toolbar (Synthesize, Cancel, key suffix), the stacks in deploy order, the selected
 * stack's template as read-only highlighted JSON, and the findings (Enter or double-click goes to the config line).
 * Esc cancels a running synthesis.
 */
public final class SynthView extends BorderPane {
    private final SynthViewModel vm;
    private final CodeArea template = new CodeArea();

    /** @param goTo shows a finding's config line (the main window's editor) */
    public SynthView(SynthViewModel vm, Consumer<Diagnostic> goTo) {
        this.vm = vm;
        getStyleClass().add("synth-view");
        setTop(toolbar());
        SplitPane top = new SplitPane(stackList(), templateArea());
        top.setDividerPositions(0.36);
        SplitPane all = new SplitPane(top, findingsTable(goTo));
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.7);
        setCenter(all);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.runningProperty().get()) {
                vm.cancel();
                e.consume();
            }
        });
    }

    public SynthViewModel viewModel() {
        return vm;
    }

    private javafx.scene.layout.VBox toolbar() {
        Button run = new Button("Synthesize");
        run.setId("synth-run");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.synthesize());
        Button cancel = new Button("Cancel");
        cancel.setId("synth-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        cancel.setTooltip(new Tooltip("Stop at the next step (Esc)"));
        javafx.scene.control.ComboBox<String> env = new javafx.scene.control.ComboBox<>(vm.environments());
        env.setId("synth-env");
        env.valueProperty().bindBidirectional(vm.envProperty());
        env.setOnShowing(e -> vm.refreshEnvironments());
        env.disableProperty().bind(vm.runningProperty());
        TextField suffix = new TextField();
        suffix.setId("synth-key-suffix");
        suffix.setPrefColumnCount(6);
        suffix.setPromptText("any key");
        suffix.textProperty().bindBidirectional(vm.keySuffixProperty());
        suffix.setTooltip(new Tooltip("Only objects whose key ends with this start an execution (empty: every "
                + "object under the prefix, as MDAA does)"));
        ProgressBar bar = new ProgressBar();
        bar.setId("synth-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("synth-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox line = new HBox(8, bar, status);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        bar.managedProperty().bind(bar.visibleProperty());
        return new javafx.scene.layout.VBox(new ToolBar(run, cancel, new Label("Environment"), env,
                new Label("Key suffix"), suffix), line);
    }

    private ListView<SynthesizedStack> stackList() {
        ListView<SynthesizedStack> list = new ListView<>(vm.stacks());
        list.setId("synth-stacks");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SynthesizedStack s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : "Stage " + s.stage() + "  " + s.stackName()
                        + (s.dependsOn().isEmpty() ? "" : "\n    after " + String.join(", ", s.dependsOn())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            if (s != null) {
                vm.selectedProperty().set(s);
            }
        });
        vm.selectedProperty().addListener((o, was, s) -> list.getSelectionModel().select(s));
        list.setPlaceholder(new Label("No stacks yet: press Synthesize"));
        return list;
    }

    private VirtualizedScrollPane<CodeArea> templateArea() {
        template.setId("synth-template");
        template.setEditable(false);
        template.getStyleClass().add("yaml-area");
        template.setParagraphGraphicFactory(LineNumberFactory.get(template));
        vm.templateProperty().addListener((o, was, text) -> {
            template.replaceText(text);
            template.setStyleSpans(0, JsonHighlighter.spans(text));
            template.moveTo(0);
            template.requestFollowCaret();
        });
        return new VirtualizedScrollPane<>(template);
    }

    private TableView<Diagnostic> findingsTable(Consumer<Diagnostic> goTo) {
        TableView<Diagnostic> table = new TableView<>(vm.findings());
        table.setId("synth-findings");
        table.setPlaceholder(new Label("No findings"));
        table.getColumns().add(column("Severity", 80, d -> d.severity().name().toLowerCase(java.util.Locale.ROOT)));
        table.getColumns().add(column("Rule", 200, Diagnostic::code));
        table.getColumns().add(column("Where", 200, d -> d.file() + (d.line() > 0 ? ":" + d.line() : "")));
        table.getColumns().add(column("Finding", 700, Diagnostic::message));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Diagnostic>();
            row.itemProperty().addListener((o, was, d) -> row.setTooltip(d == null || d.hint().isEmpty() ? null
                    : new Tooltip(d.hint())));
            return row;
        });
        return table;
    }

    private static TableColumn<Diagnostic, String> column(String title, double width,
            java.util.function.Function<Diagnostic, String> value) {
        TableColumn<Diagnostic, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
