package io.blueprintstudio.ui.deploy;

import io.blueprintstudio.aws.ResourceChange;
import io.blueprintstudio.aws.SourceBuckets;
import io.blueprintstudio.aws.StackEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * The Deploy screen: the target, then Synthesize + Diff, the change set preview, Deploy with the live stack events,
 * Cancel, Destroy, the failure summary and the source bucket check. Binds to a {@link DeployViewModel}.
 */
public final class DeployView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final double PREVIEW_DIVIDER = 0.72;
    private static final double EVENTS_DIVIDER = 0.25;
    private final DeployViewModel vm;

    public DeployView(DeployViewModel vm) {
        this.vm = vm;
        getStyleClass().add("deploy-view");
        getStylesheets().add(DeployView.class.getResource("deploy.css").toExternalForm());
        setTop(new VBox(targetBar(), actionBar(), approvalBar(), outcome()));
        SplitPane center = new SplitPane(section("Changes (change set preview)", changesTable(), plansLabel()),
                section("Stack events", eventsTable()));
        center.setOrientation(Orientation.VERTICAL);
        // Before a deploy the change set preview is what to read; once a deploy reports, its events are what to
        // watch. Each gets most of the room when its turn comes (once, not on every event, so a divider the user
        // moves stays); a new preview clears the events and gives the room back to the changes.
        center.setDividerPositions(PREVIEW_DIVIDER);
        vm.events().addListener((ListChangeListener<StackEvent>) c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getList().size() == c.getAddedSize()) {
                    center.setDividerPositions(EVENTS_DIVIDER);
                } else if (c.wasRemoved() && c.getList().isEmpty()) {
                    center.setDividerPositions(PREVIEW_DIVIDER);
                }
            }
        });
        // A stack asking to be reviewed mid-deploy: its changes are what to read now.
        vm.approvalRequestProperty().addListener((o, was, now) -> center.setDividerPositions(now != null
                ? PREVIEW_DIVIDER : vm.events().isEmpty() ? PREVIEW_DIVIDER : EVENTS_DIVIDER));
        setCenter(center);
        setBottom(bottom());
    }

    public DeployViewModel viewModel() {
        return vm;
    }

    private ToolBar targetBar() {
        ComboBox<TargetChoice.Kind> kind = new ComboBox<>(vm.kinds());
        kind.setId("deploy-kind");
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<String> profile = new ComboBox<>(vm.profiles());
        profile.setId("deploy-profile");
        profile.setEditable(true);
        profile.setPromptText("default credentials");
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        profile.visibleProperty().bind(vm.kindProperty().isEqualTo(TargetChoice.Kind.PROFILE));
        profile.managedProperty().bind(profile.visibleProperty());
        TextField endpoint = field("deploy-endpoint", "http://127.0.0.1:4566", 22);
        endpoint.textProperty().bindBidirectional(vm.endpointProperty());
        endpoint.visibleProperty().bind(vm.kindProperty().isEqualTo(TargetChoice.Kind.ENDPOINT));
        endpoint.managedProperty().bind(endpoint.visibleProperty());
        TextField region = field("deploy-region", "profile's region", 10);
        region.textProperty().bindBidirectional(vm.regionProperty());
        Label error = new Label();
        error.setId("deploy-target-error");
        error.getStyleClass().add("failure-text");
        error.textProperty().bind(vm.targetErrorProperty());
        ToolBar bar = new ToolBar(new Label("Deploy to"), kind, profile, endpoint, new Label("Region"), region, error);
        bar.disableProperty().bind(vm.busyProperty());
        return bar;
    }

    private ToolBar actionBar() {
        Button diff = button("Synthesize + Diff", "deploy-diff", e -> vm.diff(),
                "Synthesize the blueprint and preview each stack's change set; nothing is changed");
        diff.disableProperty().bind(vm.busyProperty());
        Button bootstrap = button("Bootstrap", "deploy-bootstrap", e -> vm.bootstrap(),
                "Create the CDK assets bucket and version parameter (stack CDKToolkit) in this account and region");
        bootstrap.visibleProperty().bind(vm.phaseProperty().isEqualTo(DeployViewModel.Phase.NEEDS_BOOTSTRAP));
        bootstrap.managedProperty().bind(bootstrap.visibleProperty());
        Button deploy = button("Deploy", "deploy-run", e -> vm.deploy(), "Execute the previewed change sets in order");
        deploy.disableProperty().bind(vm.phaseProperty().isNotEqualTo(DeployViewModel.Phase.PREVIEWED));
        Button cancel = button("Cancel", "deploy-cancel", e -> vm.cancel(),
                "Stop: an update is cancelled and rolled back; a create is left to CloudFormation and reported");
        cancel.disableProperty().bind(vm.busyProperty().not());
        Button destroy = button("Destroy…", "deploy-destroy", e -> confirmDestroy(), "Delete the stacks, last first");
        destroy.disableProperty().bind(vm.busyProperty().or(vm.phaseProperty().isEqualTo(DeployViewModel.Phase.IDLE)));
        Label assembly = new Label();
        assembly.setId("deploy-assembly");
        // The folder's name only, so the bar keeps its room; the whole path is the tooltip.
        assembly.textProperty().bind(Bindings.createStringBinding(() -> vm.assemblyFolderProperty().get() != null
                ? "from " + vm.assemblyFolderProperty().get().getFileName() : vm.sessionProperty().get() != null
                        ? "open blueprint" : "no blueprint open", vm.assemblyFolderProperty(),
                vm.sessionProperty()));
        Tooltip where = new Tooltip();
        where.textProperty().bind(Bindings.createStringBinding(() -> vm.assemblyFolderProperty().get() != null
                ? "Deploys the cloud assembly " + vm.assemblyFolderProperty().get()
                : "Synthesize + Diff synthesizes the open blueprint", vm.assemblyFolderProperty()));
        assembly.setTooltip(where);
        Button choose = button("cdk.out…", "deploy-choose-assembly", e -> chooseAssembly(),
                "Deploy an already synthesized cloud assembly instead");
        choose.disableProperty().bind(vm.busyProperty());
        return new ToolBar(diff, bootstrap, deploy, cancel, new Separator(Orientation.VERTICAL), destroy,
                new Separator(Orientation.VERTICAL), new Label("Env"), environmentChoice(),
                new Label("Key suffix"), keySuffixField(), choose, assembly);
    }

    /** The session's environment, which the Synthesize screen shows too; not used for a chosen cdk.out. */
    private ComboBox<String> environmentChoice() {
        ComboBox<String> env = new ComboBox<>(vm.environments());
        env.setId("deploy-env");
        env.setPromptText("first");
        env.valueProperty().bindBidirectional(vm.environmentProperty());
        env.setOnShowing(e -> vm.refreshEnvironments());
        env.disableProperty().bind(vm.busyProperty().or(vm.assemblyFolderProperty().isNotNull())
                .or(vm.sessionProperty().isNull()));
        env.setTooltip(new Tooltip("The environment to synthesize and deploy (the Synthesize screen's too)"));
        return env;
    }

    private TextField keySuffixField() {
        TextField suffix = field("deploy-key-suffix", "any key", 4);
        suffix.textProperty().bindBidirectional(vm.keySuffixProperty());
        suffix.disableProperty().bind(vm.busyProperty().or(vm.assemblyFolderProperty().isNotNull())
                .or(vm.sessionProperty().isNull()));
        suffix.setTooltip(new Tooltip("Only objects whose key ends with this start an execution (empty: every "
                + "object under the prefix, as MDAA does); the Synthesize screen's too"));
        return suffix;
    }

    /**
     * Shown while a stack waits mid-deploy: its change set was made only now (its preview found none, or the
     * stacks before it changed what it reads), so it runs only when the user says so.
     */
    private HBox approvalBar() {
        Label text = new Label();
        text.setId("deploy-approval-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.approvalRequestProperty().map(p -> p.stackName() + ": " + p.changes().size()
                + (p.changes().size() == 1 ? " change" : " changes") + " that no preview showed (the stacks before "
                + "it are deployed now), listed above. Deploy it?").orElse(""));
        Button one = button("Deploy this stack", "deploy-approve", e -> vm.approveStack(),
                "Execute this stack's change set, then ask again for the next new one");
        Button rest = button("Deploy it and the remaining stacks", "deploy-approve-rest",
                e -> vm.approveRemaining(), "Execute this and every later stack's change set without asking");
        Button stop = button("Stop", "deploy-stop", e -> vm.stopDeploy(),
                "Deploy nothing more: this change set is dropped, the stacks deployed so far stay");
        HBox bar = new HBox(8, text, one, rest, stop);
        bar.setId("deploy-approval");
        bar.getStyleClass().add("approval-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        HBox.setHgrow(text, Priority.ALWAYS);
        for (Button b : java.util.List.of(one, rest, stop)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        bar.visibleProperty().bind(vm.approvalRequestProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private TableView<ResourceChange> changesTable() {
        TableView<ResourceChange> t = new TableView<>(vm.changes());
        t.setId("deploy-changes");
        t.setPlaceholder(new Label("Synthesize + Diff shows what each stack would change"));
        t.getColumns().add(column("Stack", 200, ResourceChange::stackName));
        t.getColumns().add(column("Action", 80, ResourceChange::action));
        t.getColumns().add(column("Logical ID", 260, ResourceChange::logicalId));
        t.getColumns().add(column("Type", 240, ResourceChange::type));
        t.getColumns().add(column("Replacement", 100, ResourceChange::replacement));
        vm.approvalRequestProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.changes().stream().filter(c -> c.stackName().equals(now.stackName())).findFirst()
                        .ifPresent(first -> {
                            t.scrollTo(first);
                            t.getSelectionModel().select(first);
                        });
            }
        });
        return t;
    }

    private Label plansLabel() {
        Label plans = new Label();
        plans.setId("deploy-plans");
        plans.setWrapText(true);
        plans.textProperty().bind(Bindings.createStringBinding(() -> String.join("   ·   ", vm.plans()), vm.plans()));
        return plans;
    }

    private TableView<StackEvent> eventsTable() {
        TableView<StackEvent> t = new TableView<>(vm.events());
        t.setId("deploy-events");
        t.setPlaceholder(new Label("Stack events appear here while a deploy runs"));
        t.getColumns().add(column("Time", 80, e -> TIME.format(e.time())));
        t.getColumns().add(column("Stack", 150, StackEvent::stackName));
        t.getColumns().add(column("Resource", 190, StackEvent::logicalId));
        t.getColumns().add(column("Type", 180, StackEvent::type));
        TableColumn<StackEvent, String> status = column("Status", 170, StackEvent::status);
        status.setCellFactory(c -> new StatusCell());
        t.getColumns().add(status);
        t.getColumns().add(column("Reason", 420, StackEvent::reason));
        vm.events().addListener((ListChangeListener<StackEvent>) c -> {
            if (!vm.events().isEmpty()) {
                t.scrollTo(vm.events().size() - 1);
            }
        });
        return t;
    }

    /** The failure summary and each stack's result, under the buttons where they cannot scroll away. */
    private VBox outcome() {
        Label failure = new Label();
        failure.setId("deploy-failure");
        failure.getStyleClass().add("failure-text");
        failure.setWrapText(true);
        failure.textProperty().bind(vm.failureProperty());
        Label results = new Label();
        results.setId("deploy-results");
        results.setWrapText(true);
        // The failed stack's line is the failure summary above it.
        results.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.results().stream()
                .filter(r -> !r.startsWith("✗ ")).toList()), vm.results()));
        VBox box = new VBox(2, failure, results);
        for (Label l : java.util.List.of(failure, results)) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        box.setPadding(new Insets(0, 6, 0, 6));
        return box;
    }

    /** The source bucket check, then what the screen is doing. */
    private VBox bottom() {
        ListView<SourceBuckets.Check> buckets = new ListView<>(vm.sourceChecks());
        buckets.setId("deploy-source-buckets");
        // As tall as its rows (up to three): the space is the stack events' when there is one source bucket.
        buckets.setFixedCellSize(32);
        buckets.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(3, vm.sourceChecks().size())
                * buckets.getFixedCellSize() + 4, vm.sourceChecks()));
        buckets.setCellFactory(l -> new BucketCell());
        buckets.visibleProperty().bind(Bindings.isNotEmpty(vm.sourceChecks()));
        buckets.managedProperty().bind(buckets.visibleProperty());
        Label status = new Label();
        status.setId("deploy-status");
        status.textProperty().bind(vm.statusProperty());
        VBox box = new VBox(4, buckets, status);
        box.setPadding(new Insets(2, 6, 2, 6));
        return box;
    }

    /** A source bucket's state, with a button to switch EventBridge on where it is off. */
    private final class BucketCell extends javafx.scene.control.ListCell<SourceBuckets.Check> {
        @Override
        protected void updateItem(SourceBuckets.Check check, boolean empty) {
            super.updateItem(check, empty);
            if (empty || check == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label text = new Label((check.state() == SourceBuckets.State.READY ? "✓ " : "⚠ ") + check.advice());
            text.setWrapText(true);
            HBox row = new HBox(8, text);
            if (check.state() == SourceBuckets.State.NO_EVENTBRIDGE) {
                Button on = new Button("Switch on EventBridge");
                on.setId("deploy-enable-eventbridge");
                on.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                on.setOnAction(e -> vm.enableEventBridge(check));
                row.getChildren().add(0, on);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            row.setMinWidth(0);
            setPrefWidth(0); // the cell takes the list's width, so the advice wraps instead of scrolling
            setGraphic(row);
            setText(null);
        }
    }

    /** Status text coloured by outcome: failed red, complete green, in progress amber. */
    private static final class StatusCell extends TableCell<StackEvent, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeAll("status-failed", "status-complete", "status-progress");
            setText(empty ? null : status);
            if (!empty && status != null) {
                getStyleClass().add(status.endsWith("FAILED") || status.contains("ROLLBACK") ? "status-failed"
                        : status.endsWith("IN_PROGRESS") ? "status-progress" : "status-complete");
            }
        }
    }

    private void confirmDestroy() {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Every stack of this deploy is deleted, last first. "
                + "Buckets and log groups with a Retain policy are kept.", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(getScene().getWindow());
        a.setHeaderText("Destroy the deployed stacks?");
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.destroy());
    }

    private void chooseAssembly() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a synthesized cloud assembly (cdk.out)");
        java.io.File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            vm.assemblyFolderProperty().set(dir.toPath());
        }
    }

    private static VBox section(String title, javafx.scene.Node... content) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        VBox box = new VBox(4, l);
        box.getChildren().addAll(content);
        VBox.setVgrow(content[0], Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static Button button(String text, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action,
            String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(action);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
