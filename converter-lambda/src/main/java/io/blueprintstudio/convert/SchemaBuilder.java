package io.blueprintstudio.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Infers the columns from the sample, then applies the user's type overrides and finds the partition columns. */
final class SchemaBuilder {
    /** Below this many sampled values the file is small and dictionaries cost nothing worth saving. */
    private static final int MIN_VALUES_FOR_CARDINALITY = 1000;

    private SchemaBuilder() {
    }

    static List<Column> infer(Sample sample, ConvertOptions options) throws ConversionException {
        List<String> names = SafeNames.of(sample.header);
        int width = names.size();
        ColumnGuess[] guesses = new ColumnGuess[width];
        for (int c = 0; c < width; c++) {
            guesses[c] = new ColumnGuess();
        }
        ValueReader reader = new ValueReader();
        BatchDecoder nulls = new BatchDecoder(List.of(), options.nullMarkers());
        for (SavedRecord r : sample.records) {
            if (r.fieldCount() != width) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                if (!nulls.isNullText(r, c)) {
                    guesses[c].add(r.data(), r.start(c), r.length(c), reader);
                }
            }
        }
        List<Column> columns = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Column plain = Column.of(sample.header.get(c), names.get(c), ColumnType.STRING);
            columns.add(guesses[c].resolve(plain));
        }
        applyOverrides(columns, options.typeOverrides());
        return columns;
    }

    /**
     * Columns whose sampled values are mostly distinct (ids, timestamps, free text). parquet-java would try a
     * dictionary for them in every row group and give up after a megabyte of hashing; we skip the attempt.
     */
    static Set<String> mostlyDistinct(Sample sample, List<Column> columns, Set<String> nullMarkers) {
        int width = columns.size();
        BatchDecoder nulls = new BatchDecoder(List.of(), nullMarkers);
        Set<String> out = new HashSet<>();
        for (int c = 0; c < width; c++) {
            Set<String> distinct = new HashSet<>();
            int values = 0;
            for (SavedRecord r : sample.records) {
                if (r.fieldCount() == width && !nulls.isNullText(r, c)) {
                    values++;
                    distinct.add(r.text(c));
                }
            }
            if (values >= MIN_VALUES_FOR_CARDINALITY && distinct.size() * 2 > values) {
                out.add(columns.get(c).name());
            }
        }
        return out;
    }

    private static void applyOverrides(List<Column> columns, Map<String, ColumnType> overrides)
            throws ConversionException {
        for (var e : overrides.entrySet()) {
            int c = indexOf(columns, e.getKey(), "type override");
            Column col = columns.get(c);
            ColumnType type = e.getValue();
            if (type == ColumnType.DECIMAL) {
                columns.set(c, col.type() == ColumnType.DECIMAL ? col : col.withType(type, 38, 9));
            } else {
                columns.set(c, col.withType(type, 0, 0));
            }
        }
    }

    static int[] partitionIndexes(List<Column> columns, List<String> partitionColumns) throws ConversionException {
        int[] out = new int[partitionColumns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = indexOf(columns, partitionColumns.get(i), "partition column");
        }
        if (out.length == columns.size() && out.length > 0) {
            throw new ConversionException(ConversionException.Kind.BAD_OPTIONS,
                    "every column is a partition column; at least one must stay in the files");
        }
        return out;
    }

    /** Finds a column by safe name, or by its header text as found in the file. */
    private static int indexOf(List<Column> columns, String name, String what) throws ConversionException {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(name)) {
                return c;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (name.equals(columns.get(c).sourceName())) {
                return c;
            }
        }
        throw new ConversionException(ConversionException.Kind.BAD_OPTIONS, "the " + what + " '" + name
                + "' is not a column; the columns are " + columns.stream().map(Column::name).toList());
    }
}
