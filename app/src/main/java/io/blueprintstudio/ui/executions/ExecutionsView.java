package io.blueprintstudio.ui.executions;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.aws.ExecutionEvent;
import io.blueprintstudio.aws.ExecutionSummary;
import io.blueprintstudio.ui.graph.GraphView;
import java.io.File;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Executions screen: where to look (endpoint or profile), the state machine and a status filter on top; the
 * executions on the left; the graph coloured by the selected execution over its event list in the middle; the
 * selected event's state (input, output, error, cause) and the SNS message on the right.
 */
public final class ExecutionsView extends BorderPane {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ExecutionsViewModel vm;
    private final GraphView graph;

    public ExecutionsView(ExecutionsViewModel vm) {
        this.vm = vm;
        this.graph = new GraphView(vm.graph());
        getStyleClass().add("executions-view");
        setTop(toolbar());
        SplitPane middle = new SplitPane(graph, eventTable());
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.58);
        SplitPane main = new SplitPane(executionTable(), middle, details());
        main.setDividerPositions(0.18, 0.79);
        main.setMinSize(0, 0); // the tab may be short: the tables scroll, the target line below stays visible
        setCenter(main);
        Label current = new Label();
        current.setId("target-label");
        current.textProperty().bind(vm.targetProperty().map(t -> "On " + t.describe()).orElse("No target chosen"));
        Label message = new Label();
        message.setId("executions-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox bottom = new HBox(16, current, message);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        bottom.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setBottom(bottom);
    }

    public ExecutionsViewModel viewModel() {
        return vm;
    }

    public GraphView graphView() {
        return graph;
    }

    private ToolBar toolbar() {
        TextField where = new TextField();
        where.setId("target-field");
        where.setPromptText("http://127.0.0.1:4566 or an AWS profile");
        where.setPrefColumnCount(11);
        where.setTooltip(new Tooltip("A local emulator's URL, or the name of an AWS profile (empty: AWS's default "
                + "credentials). Deploy uses the same target."));
        vm.targetProperty().addListener((o, was, t) -> where.setText(describeForField(t)));
        where.setText(describeForField(vm.targetProperty().get()));
        Button use = new Button("Use");
        use.setId("use-target");
        use.setOnAction(e -> vm.useTarget(where.getText()));
        where.setOnAction(e -> use.fire());

        ComboBox<String> machine = new ComboBox<>(vm.machines());
        machine.setId("machine-choice");
        machine.setPromptText("state machine");
        machine.setPrefWidth(230);
        machine.valueProperty().bindBidirectional(vm.machineProperty());
        ChoiceBox<String> status = new ChoiceBox<>();
        status.setId("status-filter");
        status.getItems().setAll(ExecutionsViewModel.STATUSES);
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        status.setPrefWidth(110);
        Button refresh = new Button("Refresh");
        refresh.setId("refresh-executions");
        refresh.setOnAction(e -> {
            vm.refreshMachines();
            vm.refreshExecutions();
        });
        Button run = new Button("Run with a file…");
        run.setId("run-with-file");
        run.setTooltip(new Tooltip("Upload a CSV where the blueprint's S3 rule listens and follow the execution "
                + "it starts"));
        run.disableProperty().bind(vm.targetProperty().isNull());
        run.setOnAction(e -> chooseAndRun());
        return new ToolBar(new Label("Target:"), where, use, new Separator(Orientation.VERTICAL), machine,
                status, refresh, new Separator(Orientation.VERTICAL), run);
    }

    private void chooseAndRun() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("CSV file to run the state machine with");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            vm.runWithFile(f.toPath());
        }
    }

    private static String describeForField(AwsTarget t) {
        if (t == null) {
            return "";
        }
        return t.endpoint().map(URI::toString).orElse(t.profile().orElse(""));
    }

    private TableView<ExecutionSummary> executionTable() {
        TableView<ExecutionSummary> table = new TableView<>(vm.executions());
        table.setId("execution-list");
        table.setPlaceholder(new Label("No executions"));
        table.getColumns().add(column("Status", 90, s -> s.status()));
        table.getColumns().add(column("Name", 150, s -> s.name()));
        table.getColumns().add(column("Started", 110, s -> DATE_TIME.format(s.started())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            if (s != null && (vm.selectedProperty().get() == null
                    || !vm.selectedProperty().get().executionArn().equals(s.executionArn()))) {
                vm.selectedProperty().set(s);
            }
        });
        Runnable reselect = () -> {
            ExecutionSummary s = vm.selectedProperty().get();
            if (s != null && table.getSelectionModel().getSelectedItem() != s) {
                table.getItems().stream().filter(x -> x.executionArn().equals(s.executionArn())).findFirst()
                        .ifPresent(x -> table.getSelectionModel().select(x));
            }
        };
        vm.selectedProperty().addListener((o, was, s) -> reselect.run());
        vm.executions().addListener((javafx.collections.ListChangeListener<ExecutionSummary>) c -> reselect.run());
        return table;
    }

    private TableView<ExecutionEvent> eventTable() {
        TableView<ExecutionEvent> table = new TableView<>(vm.events());
        table.setId("event-list");
        table.setPlaceholder(new Label("Select an execution to see its events"));
        table.getColumns().add(column("Time", 112, e -> TIME.format(e.time())));
        table.getColumns().add(column("State", 160, e -> e.stateName()));
        table.getColumns().add(column("Event", 160, e -> e.type()));
        table.getColumns().add(column("Detail", 420, e -> e.shortDetail(200)));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> vm.selectedEventProperty()
                .set(e));
        return table;
    }

    private VBox details() {
        Label state = new Label();
        state.setId("state-title");
        state.getStyleClass().add("section-title");
        state.textProperty().bind(vm.stateRunProperty().map(r -> r.state()
                + (r.status() == null ? "" : " — " + r.status())).orElse("Select an event"));
        Label outcome = new Label();
        outcome.setId("execution-outcome");
        outcome.textProperty().bind(vm.outcomeProperty().map(o -> o.isEmpty() ? "" : "Execution: " + o));
        TextArea sns = area("sns-message");
        sns.textProperty().bind(vm.snsMessageProperty());
        sns.setPrefRowCount(2);
        VBox box = new VBox(6, outcome, state,
                new Label("Input"), bound(area("state-input"), r -> r.input()),
                new Label("Output"), bound(area("state-output"), r -> r.output()),
                new Label("Error"), bound(area("state-error"), r -> r.error()),
                new Label("Cause"), bound(area("state-cause"), r -> r.cause()),
                new Label("SNS message"), sns);
        box.setPadding(new Insets(8));
        box.setMinHeight(0);
        box.getChildren().stream().filter(n -> n instanceof TextArea).forEach(n -> VBox.setVgrow(n, Priority.SOMETIMES));
        return box;
    }

    private TextArea bound(TextArea area, Function<StateRun, String> part) {
        area.textProperty().bind(vm.stateRunProperty().map(part).orElse(""));
        return area;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}
