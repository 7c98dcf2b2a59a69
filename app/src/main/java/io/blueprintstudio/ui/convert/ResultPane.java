package io.blueprintstudio.ui.convert;

import io.blueprintstudio.convert.ConversionReport;
import io.blueprintstudio.convert.Widening;
import io.blueprintstudio.parquet.ParquetSample;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Result tab: what the conversion did, the first rejects with their reasons, the Parquet read back. */
final class ResultPane {
    private final GridPane summary = new GridPane();
    private final TableView<List<String>> rejects = TextTables.create("rejects");
    private final Label rejectsTitle = ConvertView.title("");
    private final Label parquetTitle = ConvertView.title("");
    private final TableView<List<String>> parquetRows;
    private final VBox root;

    ResultPane(ConvertViewModel vm, TableView<List<String>> parquetRows) {
        this.parquetRows = parquetRows;
        summary.setId("summary");
        summary.setHgap(16);
        summary.setVgap(4);
        TextTables.columns(rejects, List.of("Line", "Column", "Value", "Reason"));
        rejects.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rejects.setFixedCellSize(24);
        VBox.setVgrow(parquetRows, Priority.ALWAYS);
        root = new VBox(8, ConvertView.title("Summary"), summary, rejectsTitle, rejects, parquetTitle, parquetRows);
        root.setPadding(new Insets(8));
        vm.outcomeProperty().addListener((o, was, outcome) -> {
            if (outcome != null) {
                show(outcome);
            }
        });
    }

    Node root() {
        return root;
    }

    private void show(ConvertService.Outcome outcome) {
        ConversionReport r = outcome.report();
        summary.getChildren().clear();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Output", String.join("\n", r.outputs())});
        facts.add(new String[] {"Rows read", Sizes.count(r.rowsRead())});
        facts.add(new String[] {"Rows written", Sizes.count(r.rowsWritten())});
        facts.add(new String[] {"Rows rejected", Sizes.count(r.rowsRejected())
                + (r.rejectsLocation() == null ? "" : " → " + r.rejectsLocation())});
        facts.add(new String[] {"CSV read", Sizes.bytes(r.bytesIn())});
        facts.add(new String[] {"Parquet written", Sizes.bytes(r.bytesOut())});
        facts.add(new String[] {"Elapsed", Sizes.duration(r.elapsed())});
        if (!r.widenings().isEmpty()) {
            facts.add(new String[] {"Widened", r.widenings().stream().map(ResultPane::widening)
                    .collect(Collectors.joining("; "))});
        }
        for (int i = 0; i < facts.size(); i++) {
            Label key = new Label(facts.get(i)[0]);
            key.getStyleClass().add("fact-key");
            Label value = new Label(facts.get(i)[1]);
            value.setId("summary-" + facts.get(i)[0].toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            value.setWrapText(true);
            summary.addRow(i, key, value);
        }
        showRejects(outcome);
        showParquet(outcome.parquet());
    }

    private static String widening(Widening w) {
        return w.column() + " " + w.from() + " → " + w.to() + " (line " + w.line() + ": '" + w.value() + "')";
    }

    private void showRejects(ConvertService.Outcome outcome) {
        boolean any = !outcome.rejects().isEmpty();
        rejects.setVisible(any);
        rejects.setManaged(any);
        rejectsTitle.setVisible(any);
        rejectsTitle.setManaged(any);
        long total = outcome.report().rowsRejected();
        rejectsTitle.setText("Rejected rows — " + (total > outcome.rejects().size()
                ? "the first " + outcome.rejects().size() + " of " + Sizes.count(total) : "all " + total));
        // Tall enough for the rows shown and no more: the Parquet preview gets the rest.
        rejects.setPrefHeight(28 + 24 * (outcome.rejects().size() + 0.4));
        rejects.setMinHeight(rejects.getPrefHeight());
        rejects.getItems().setAll(outcome.rejects().stream()
                .map(j -> java.util.Arrays.asList(j.line(), j.column(), j.value(), j.reason())).toList());
    }

    private void showParquet(ParquetSample p) {
        if (p == null) {
            parquetTitle.setText("No Parquet file was written (every row was rejected).");
            parquetRows.getColumns().clear();
            parquetRows.getItems().clear();
            return;
        }
        parquetTitle.setText("Parquet read back — first " + p.rows().size() + " of " + Sizes.count(p.totalRows())
                + " rows");
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < p.columns().size(); i++) {
            headers.add(p.columns().get(i) + " : " + p.types().get(i));
        }
        TextTables.columns(parquetRows, headers);
        parquetRows.getItems().setAll(p.rows());
    }
}
