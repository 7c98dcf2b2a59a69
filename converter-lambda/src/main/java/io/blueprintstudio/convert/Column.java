package io.blueprintstudio.convert;

/**
 * One column of the output: its header as found in the CSV, the safe name written to Parquet, and its type. Every
 * column is nullable.
 *
 * @param sourceName the header text as found (after BOM and trimming), or {@code null} without a header row
 * @param name       the Glue/Athena-safe name written to Parquet
 * @param precision  total digits for {@link ColumnType#DECIMAL}, else 0
 * @param scale      digits after the point for {@link ColumnType#DECIMAL}, else 0
 */
public record Column(String sourceName, String name, ColumnType type, int precision, int scale) {

    public static Column of(String sourceName, String name, ColumnType type) {
        return new Column(sourceName, name, type, 0, 0);
    }

    public Column withType(ColumnType newType, int newPrecision, int newScale) {
        return new Column(sourceName, name, newType, newPrecision, newScale);
    }

    /** The type as a user reads it, such as {@code decimal(18,2)}. */
    public String typeName() {
        return type == ColumnType.DECIMAL
                ? "decimal(" + precision + "," + scale + ")"
                : type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
