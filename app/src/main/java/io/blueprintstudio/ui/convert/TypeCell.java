package io.blueprintstudio.ui.convert;

import io.blueprintstudio.convert.ColumnType;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;

/** The schema table's type column: an always-visible ComboBox bound to the row's chosen type. */
final class TypeCell extends TableCell<ColumnChoice, ColumnType> {
    static final StringConverter<ColumnType> NAMES = new StringConverter<>() {
        @Override
        public String toString(ColumnType t) {
            return t == null ? "" : t.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public ColumnType fromString(String s) {
            return ColumnType.valueOf(s.toUpperCase(Locale.ROOT));
        }
    };

    private final ComboBox<ColumnType> combo = new ComboBox<>();
    private ObjectProperty<ColumnType> bound;

    TypeCell() {
        combo.getItems().setAll(ColumnType.values());
        combo.setConverter(NAMES);
        combo.setMaxWidth(Double.MAX_VALUE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ColumnType item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            combo.valueProperty().unbindBidirectional(bound);
            bound = null;
        }
        ColumnChoice row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
            setGraphic(null);
            return;
        }
        bound = row.typeProperty();
        combo.valueProperty().bindBidirectional(bound);
        combo.setId("type-" + row.inferred().name());
        setGraphic(combo);
    }
}
