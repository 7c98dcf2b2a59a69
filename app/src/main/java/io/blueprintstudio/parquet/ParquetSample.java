package io.blueprintstudio.parquet;

import java.util.List;

/**
 * The head of a Parquet file as text: column names and types as the file declares them, the file's total row count,
 * and the first rows ({@code null} for a null value).
 */
public record ParquetSample(List<String> columns, List<String> types, long totalRows, List<List<String>> rows) {
    public ParquetSample {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        rows = List.copyOf(rows);
    }
}
