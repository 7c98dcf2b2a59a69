package io.blueprintstudio.convert;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every choice the converter makes, each with a pinned default. Build with {@link #builder()}.
 *
 * @param delimiter          field separator, or {@code null} to detect among {@code , ; TAB |}
 * @param quote              quote character
 * @param escape             escape character inside quotes, or {@code null} when quotes are escaped by doubling
 * @param header             whether the first record names the columns
 * @param encoding           the file's character set; output strings are always UTF-8
 * @param nullMarkers        unquoted field texts read as null (the empty field is one by default)
 * @param compression        Parquet page compression
 * @param rowGroupBytes      target row-group size; bounds the memory a conversion holds per output file
 * @param sampleRows         rows read to infer the schema
 * @param onBadValue         what happens when a value breaks the inferred type
 * @param partitionColumns   columns (safe or original names) written as Hive-style {@code col=value/} folders
 * @param typeOverrides      column (safe or original name) to a type that replaces the inferred one
 * @param maxFieldBytes      longest field accepted; a longer one is almost always an unterminated quote
 * @param maxColumns         widest record accepted
 * @param maxOpenPartitions  distinct partition values written at once; each holds a row group in memory
 */
public record ConvertOptions(
        Character delimiter,
        char quote,
        Character escape,
        boolean header,
        Charset encoding,
        Set<String> nullMarkers,
        Compression compression,
        long rowGroupBytes,
        int sampleRows,
        BadValuePolicy onBadValue,
        List<String> partitionColumns,
        Map<String, ColumnType> typeOverrides,
        int maxFieldBytes,
        int maxColumns,
        int maxOpenPartitions) {

    public static final long DEFAULT_ROW_GROUP_BYTES = 64L << 20;

    public ConvertOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(compression, "compression");
        Objects.requireNonNull(onBadValue, "onBadValue");
        nullMarkers = Set.copyOf(nullMarkers);
        partitionColumns = List.copyOf(partitionColumns);
        typeOverrides = Map.copyOf(typeOverrides);
        if (rowGroupBytes < 1 << 20) {
            throw new IllegalArgumentException("row-group size must be at least 1 MiB, was " + rowGroupBytes);
        }
        if (sampleRows < 1) {
            throw new IllegalArgumentException("sample size must be at least 1 row, was " + sampleRows);
        }
        if (delimiter != null && (delimiter == quote || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("delimiter must differ from the quote and from line breaks");
        }
    }

    public static ConvertOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.delimiter = delimiter;
        b.quote = quote;
        b.escape = escape;
        b.header = header;
        b.encoding = encoding;
        b.nullMarkers = nullMarkers;
        b.compression = compression;
        b.rowGroupBytes = rowGroupBytes;
        b.sampleRows = sampleRows;
        b.onBadValue = onBadValue;
        b.partitionColumns = partitionColumns;
        b.typeOverrides = typeOverrides;
        b.maxFieldBytes = maxFieldBytes;
        b.maxColumns = maxColumns;
        b.maxOpenPartitions = maxOpenPartitions;
        return b;
    }

    /** Named setters over the pinned defaults. */
    public static final class Builder {
        private Character delimiter;
        private char quote = '"';
        private Character escape;
        private boolean header = true;
        private Charset encoding = StandardCharsets.UTF_8;
        private Set<String> nullMarkers = Set.of("", "NULL", "null", "\\N");
        private Compression compression = Compression.SNAPPY;
        private long rowGroupBytes = DEFAULT_ROW_GROUP_BYTES;
        private int sampleRows = 10_000;
        private BadValuePolicy onBadValue = BadValuePolicy.FAIL;
        private List<String> partitionColumns = List.of();
        private Map<String, ColumnType> typeOverrides = Map.of();
        private int maxFieldBytes = 64 << 20;
        private int maxColumns = 16_384;
        private int maxOpenPartitions = 64;

        private Builder() {
        }

        public Builder delimiter(Character v) { delimiter = v; return this; }
        public Builder quote(char v) { quote = v; return this; }
        public Builder escape(Character v) { escape = v; return this; }
        public Builder header(boolean v) { header = v; return this; }
        public Builder encoding(Charset v) { encoding = v; return this; }
        public Builder nullMarkers(Set<String> v) { nullMarkers = v; return this; }
        public Builder compression(Compression v) { compression = v; return this; }
        public Builder rowGroupBytes(long v) { rowGroupBytes = v; return this; }
        public Builder sampleRows(int v) { sampleRows = v; return this; }
        public Builder onBadValue(BadValuePolicy v) { onBadValue = v; return this; }
        public Builder partitionColumns(List<String> v) { partitionColumns = v; return this; }
        public Builder typeOverrides(Map<String, ColumnType> v) { typeOverrides = v; return this; }
        public Builder maxFieldBytes(int v) { maxFieldBytes = v; return this; }
        public Builder maxColumns(int v) { maxColumns = v; return this; }
        public Builder maxOpenPartitions(int v) { maxOpenPartitions = v; return this; }

        public ConvertOptions build() {
            return new ConvertOptions(delimiter, quote, escape, header, encoding, nullMarkers, compression,
                    rowGroupBytes, sampleRows, onBadValue, partitionColumns, typeOverrides, maxFieldBytes,
                    maxColumns, maxOpenPartitions);
        }
    }
}
