package io.blueprintstudio.ui.convert;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Rows of text in a TableView: one column per header, nulls shown as a dimmed {@code null}. */
final class TextTables {
    private TextTables() {
    }

    static TableView<List<String>> create(String id) {
        TableView<List<String>> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add("dense");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    /** Replaces the columns; {@code headers.get(i)} titles field {@code i} of each row. */
    static void columns(TableView<List<String>> table, List<String> headers) {
        table.getColumns().clear();
        for (int i = 0; i < headers.size(); i++) {
            int field = i;
            TableColumn<List<String>, String> col = new TableColumn<>(headers.get(i));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    field < c.getValue().size() ? c.getValue().get(field) : null));
            col.setCellFactory(c -> new NullableCell());
            col.setSortable(false);
            col.setPrefWidth(Math.max(90, Math.min(260, headers.get(i).length() * 9 + 30)));
            table.getColumns().add(col);
        }
    }

    /** Tells a null apart from an empty string, which the converter also keeps apart. */
    private static final class NullableCell extends TableCell<List<String>, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("null-value");
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
            } else if (item == null) {
                setText("null");
                getStyleClass().add("null-value");
            } else {
                setText(item);
            }
        }
    }
}
