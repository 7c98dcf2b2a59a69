package io.blueprintstudio.convert;

import java.util.List;

/**
 * What a conversion would see, before it runs: the dialect, the inferred columns and the first rows as text
 * ({@code null} for a null value). Rows whose field count differs from the header's are shown as they are.
 */
public record CsvPreview(Dialect dialect, List<Column> columns, List<List<String>> rows) {
    public CsvPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
