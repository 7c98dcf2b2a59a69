package io.blueprintstudio.ui.forms;

import io.blueprintstudio.blueprint.SourceNode;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A config form: one titled grid per section, a control per field chosen by its kind, the field's problem under
 * it, and a link to its line in the YAML. Text is written on Enter or when the field loses focus; choices, check
 * boxes and spinner arrows write at once.
 */
public final class FormView extends ScrollPane {
    private final FormViewModel model;
    private final VBox content = new VBox(8);

    public FormView(FormViewModel model) {
        this.model = model;
        getStyleClass().add("config-form");
        getStylesheets().add(FormView.class.getResource("forms.css").toExternalForm());
        content.setPadding(new Insets(12));
        setContent(content);
        setFitToWidth(true);
        model.sections().addListener((ListChangeListener<FormViewModel.Section>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        for (FormViewModel.Section section : model.sections()) {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(2);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(170);
            ColumnConstraints controls = new ColumnConstraints();
            controls.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(labels, controls, new ColumnConstraints());
            int row = 0;
            for (FieldModel field : section.fields()) {
                addField(grid, row, field);
                row += 2;
            }
            TitledPane pane = new TitledPane(section.title(), grid);
            pane.setCollapsible(true);
            content.getChildren().add(pane);
        }
    }

    private void addField(GridPane grid, int row, FieldModel field) {
        Label label = new Label(field.spec().label());
        if (!field.spec().help().isEmpty()) {
            label.setTooltip(new Tooltip(field.spec().help()));
        }
        Node control = control(field);
        label.setLabelFor(control);
        control.setId(idOf(field));
        Hyperlink where = new Hyperlink();
        where.textProperty().bind(Bindings.createStringBinding(() -> lineText(field.sourceProperty().get()),
                field.sourceProperty()));
        where.setOnAction(e -> model.jumpTo(field));
        where.setTooltip(new Tooltip("Show in the YAML editor"));
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> field.checkProperty().get().isEmpty() ? field.problemProperty().get() : field.checkProperty().get(),
                field.checkProperty(), field.problemProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        problem.setWrapText(true);
        GridPane.setValignment(label, VPos.CENTER);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        grid.add(where, 2, row);
        grid.add(problem, 1, row + 1, 2, 1);
    }

    /** A stable id per field (its pointer), so tests and accessibility tools can find it. */
    static String idOf(FieldModel field) {
        return "field" + field.spec().pointer().replaceAll("[^A-Za-z0-9]", "-");
    }

    private static String lineText(SourceNode node) {
        return node == null ? "(not set)" : node.file().relativePath() + ":" + node.line();
    }

    private Node control(FieldModel field) {
        return switch (field.spec().kind()) {
            case TEXT, NAME, ARN -> textField(field);
            case NUMBER -> spinner(field);
            case CHOICE -> choice(field);
            case BOOLEAN -> checkBox(field);
        };
    }

    private TextField textField(FieldModel field) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(field.textProperty());
        t.setOnAction(e -> model.commit(field));
        t.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.commit(field);
            }
        });
        return t;
    }

    private Spinner<Integer> spinner(FieldModel field) {
        Spinner<Integer> s = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(Integer.MIN_VALUE, Integer.MAX_VALUE);
        values.setConverter(new LenientIntegers(values));
        String initial = field.textProperty().get().strip();
        values.setValue(initial.matches("-?\\d{1,9}") ? Integer.valueOf(initial) : (int) field.spec().min());
        s.setValueFactory(values);
        s.setEditable(true);
        s.setMaxWidth(Double.MAX_VALUE);
        s.getEditor().textProperty().bindBidirectional(field.textProperty());
        // Arrows change the value: write it. Typed text is written on Enter or focus loss, like a text field.
        values.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !String.valueOf(now).equals(field.textProperty().get())) {
                field.textProperty().set(String.valueOf(now));
            }
            model.commit(field);
        });
        s.getEditor().setOnAction(e -> model.commit(field));
        s.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.commit(field);
            }
        });
        field.textProperty().addListener((obs, old, now) -> {
            if (now != null && now.strip().matches("-?\\d{1,9}")) {
                values.setValue(Integer.valueOf(now.strip()));
            }
        });
        return s;
    }

    private ComboBox<String> choice(FieldModel field) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().setAll(field.spec().choices());
        c.setMaxWidth(Double.MAX_VALUE);
        Runnable show = () -> {
            String v = field.textProperty().get();
            if (!v.isEmpty() && !c.getItems().contains(v)) {
                c.getItems().add(0, v); // a value outside the list stays visible, flagged by the check
            }
            c.setValue(v.isEmpty() ? null : v);
        };
        show.run();
        field.textProperty().addListener((obs, old, now) -> show.run());
        c.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(field.textProperty().get())) {
                field.textProperty().set(now);
                model.commit(field);
            }
        });
        return c;
    }

    private CheckBox checkBox(FieldModel field) {
        CheckBox b = new CheckBox();
        b.setSelected("true".equals(field.textProperty().get()));
        field.textProperty().addListener((obs, old, now) -> b.setSelected("true".equals(now)));
        b.selectedProperty().addListener((obs, old, now) -> {
            if (!String.valueOf(now).equals(field.textProperty().get())) {
                field.textProperty().set(String.valueOf(now));
                model.commit(field);
            }
        });
        return b;
    }

    /** Turns typed text into a number, keeping the last value (instead of throwing) when it is not one. */
    private static final class LenientIntegers extends StringConverter<Integer> {
        private final SpinnerValueFactory<Integer> values;

        LenientIntegers(SpinnerValueFactory<Integer> values) {
            this.values = values;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            String t = text == null ? "" : text.strip();
            return t.matches("-?\\d{1,9}") ? Integer.valueOf(t) : values.getValue();
        }
    }
}
