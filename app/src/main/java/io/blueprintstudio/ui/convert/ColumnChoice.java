package io.blueprintstudio.ui.convert;

import io.blueprintstudio.convert.Column;
import io.blueprintstudio.convert.ColumnType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One column of the schema table: what was inferred, and the type the user wants (the inferred one by default). */
public final class ColumnChoice {
    private final Column inferred;
    private final ObjectProperty<ColumnType> type;

    public ColumnChoice(Column inferred) {
        this.inferred = inferred;
        this.type = new SimpleObjectProperty<>(this, "type", inferred.type());
    }

    public Column inferred() {
        return inferred;
    }

    public ObjectProperty<ColumnType> typeProperty() {
        return type;
    }

    /** Whether the user chose a type other than the inferred one; only these go into the options. */
    public boolean overridden() {
        return type.get() != null && type.get() != inferred.type();
    }
}
