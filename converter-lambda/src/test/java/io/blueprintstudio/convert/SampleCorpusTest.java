package io.blueprintstudio.convert;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.convert.io.LocalCsvSource;
import io.blueprintstudio.convert.io.LocalDestination;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file test over the tricky-CSV corpus in {@code src-assets/samples/csv/}: each {@code NAME.csv} is converted
 * and the Parquet is read back with DuckDB, a reader we did not write, and compared with {@code NAME.expected.json}.
 * The corpus README describes the JSON. Parquet types are compared as canonical strings built from DuckDB's
 * {@code parquet_schema()}: INT64, DOUBLE, BOOLEAN, STRING, DATE, DECIMAL(p,s), TIMESTAMP_MICROS_LOCAL
 * (isAdjustedToUTC=false), TIMESTAMP_MICROS_UTC (isAdjustedToUTC=true).
 */
class SampleCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = ".expected.json";
    private static final Set<String> KEYS = Set.of("description", "options", "dialect", "rows", "rejected",
            "columns", "values", "orderBy", "files", "rejects", "widenings", "error");

    static Path corpus() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("src-assets/samples/csv");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("src-assets/samples/csv not found above " + Path.of("").toAbsolutePath());
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(EXPECTED))
                    .map(n -> n.substring(0, n.length() - EXPECTED.length()))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsAsExpected(String name, @TempDir Path tmp) throws Exception {
        Path dir = corpus();
        JsonNode expected = JSON.readTree(dir.resolve(name + EXPECTED).toFile());
        for (String key : fieldNames(expected)) {
            assertTrue(KEYS.contains(key), name + EXPECTED + ": unknown key '" + key + "'; known: " + KEYS);
        }
        Path csv = dir.resolve(name + ".csv");
        assertTrue(Files.isRegularFile(csv), "missing " + csv);
        ConvertOptions options = options(expected.path("options"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        LocalDestination destination = new LocalDestination(out);
        String fileName = name + ".parquet";

        if (expected.has("error")) {
            expectFailure(name, expected.get("error"), csv, destination, fileName, options, out);
            return;
        }

        ConversionReport report;
        try {
            report = CsvToParquet.convert(new LocalCsvSource(csv), destination, fileName, options,
                    ConversionListener.NONE);
        } catch (ConversionException e) {
            throw new AssertionError(name + ": the conversion should succeed but failed with " + e.kind() + " (line "
                    + e.line() + ", column " + e.column() + "): " + e.getMessage(), e);
        }

        long rows = expected.get("rows").asLong();
        long rejected = expected.path("rejected").asLong(0);
        String rejectsName = name + ".rejects.csv";
        List<String> files = new ArrayList<>();
        if (expected.has("files")) {
            expected.get("files").forEach(f -> files.add(f.asText()));
        } else {
            files.add(fileName);
        }
        List<String> parquetFiles = files.stream().filter(f -> f.endsWith(".parquet")).sorted().toList();
        if (rejected > 0 && !files.contains(rejectsName)) {
            files.add(rejectsName);
        }
        List<ExpectedColumn> columns = columns(expected.get("columns"));
        Set<String> partitionColumns = new HashSet<>(options.partitionColumns());
        List<ExpectedColumn> fileColumns = columns.stream().filter(c -> !partitionColumns.contains(c.name))
                .toList();
        String table = partitionColumns.isEmpty()
                ? "read_parquet(" + literal(out.resolve(fileName)) + ")"
                : "read_parquet(" + literal(out.toString() + "/**/*.parquet")
                        + ", hive_partitioning=true, hive_types_autocast=false)";

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(rows, report.rowsWritten(), "report.rowsWritten"));
        checks.add(() -> assertEquals(rejected, report.rowsRejected(), "report.rowsRejected"));
        checks.add(() -> assertEquals(files.stream().sorted().toList(), filesUnder(out),
                "files in the output folder"));
        checks.add(() -> assertEquals(parquetFiles.stream().map(destination::locationOf).sorted().toList(),
                report.outputs().stream().sorted().toList(), "report.outputs"));
        checks.add(() -> assertEquals(rejected > 0 ? destination.locationOf(rejectsName) : null,
                report.rejectsLocation(), "report.rejectsLocation"));
        checks.add(() -> checkReportSchema(columns, report.schema()));
        if (expected.has("dialect")) {
            checks.add(() -> checkDialect(expected.get("dialect"), report.dialect()));
        }
        for (String f : parquetFiles) {
            checks.add(() -> checkParquetSchema(out.resolve(f), fileColumns));
        }
        checks.add(() -> assertEquals(rows, count(table), "rows read back by DuckDB"));
        if (expected.has("values")) {
            checks.add(() -> checkValues(table, columns, expected.path("orderBy").asText(""),
                    expected.get("values")));
        }
        if (rejected > 0 || expected.has("rejects")) {
            checks.add(() -> checkRejects(out.resolve(rejectsName), rejected, expected.get("rejects")));
        }
        if (expected.has("widenings")) {
            checks.add(() -> checkWidenings(expected.get("widenings"), report.widenings()));
        }
        assertAll(name, checks.stream());
    }

    private static void expectFailure(String name, JsonNode error, Path csv, LocalDestination destination,
            String fileName, ConvertOptions options, Path out) throws IOException {
        ConversionException e = assertThrows(ConversionException.class,
                () -> CsvToParquet.convert(new LocalCsvSource(csv), destination, fileName, options,
                        ConversionListener.NONE),
                name + ": the conversion should fail with a ConversionException");
        String message = String.valueOf(e.getMessage());
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(error.get("kind").asText(), e.kind().name(),
                "kind (message: " + message + ")"));
        if (error.has("line")) {
            checks.add(() -> assertEquals(error.get("line").asLong(), e.line(), "line (message: " + message + ")"));
        }
        if (error.has("column")) {
            checks.add(() -> assertEquals(textOrNull(error.get("column")), e.column(),
                    "column (message: " + message + ")"));
        }
        for (JsonNode part : error.path("messageContains")) {
            checks.add(() -> assertTrue(message.contains(part.asText()),
                    "message should contain '" + part.asText() + "' but was: " + message));
        }
        List<String> left = filesUnder(out);
        checks.add(() -> assertEquals(List.of(), left, "files left in the output folder after the failure"));
        assertAll(name, checks.stream());
    }

    // ---------------------------------------------------------------------------------------------- options

    static ConvertOptions options(JsonNode o) {
        ConvertOptions.Builder b = ConvertOptions.builder();
        for (String key : fieldNames(o)) {
            JsonNode v = o.get(key);
            switch (key) {
                case "delimiter" -> b.delimiter(v.isNull() ? null : oneChar(key, v));
                case "quote" -> b.quote(oneChar(key, v));
                case "escape" -> b.escape(v.isNull() ? null : oneChar(key, v));
                case "header" -> b.header(v.asBoolean());
                case "encoding" -> b.encoding(Charset.forName(v.asText()));
                case "nullMarkers" -> {
                    Set<String> markers = new LinkedHashSet<>();
                    v.forEach(m -> markers.add(m.asText()));
                    b.nullMarkers(markers);
                }
                case "compression" -> b.compression(Compression.valueOf(v.asText()));
                case "rowGroupBytes" -> b.rowGroupBytes(v.asLong());
                case "sampleRows" -> b.sampleRows(v.asInt());
                case "onBadValue" -> b.onBadValue(BadValuePolicy.valueOf(v.asText()));
                case "partitionColumns" -> {
                    List<String> cols = new ArrayList<>();
                    v.forEach(c -> cols.add(c.asText()));
                    b.partitionColumns(cols);
                }
                case "typeOverrides" -> {
                    Map<String, ColumnType> overrides = new HashMap<>();
                    for (String col : fieldNames(v)) {
                        overrides.put(col, ColumnType.valueOf(v.get(col).asText()));
                    }
                    b.typeOverrides(overrides);
                }
                case "maxFieldBytes" -> b.maxFieldBytes(v.asInt());
                case "maxColumns" -> b.maxColumns(v.asInt());
                case "maxOpenPartitions" -> b.maxOpenPartitions(v.asInt());
                default -> throw new IllegalArgumentException("unknown option '" + key + "'");
            }
        }
        return b.build();
    }

    private static char oneChar(String key, JsonNode v) {
        String s = v.asText();
        if (s.length() != 1) {
            throw new IllegalArgumentException("option " + key + " must be one character, was '" + s + "'");
        }
        return s.charAt(0);
    }

    // ---------------------------------------------------------------------------------------------- schema

    record ExpectedColumn(String name, String source, boolean checkSource, String parquet) {
    }

    private static List<ExpectedColumn> columns(JsonNode columns) {
        List<ExpectedColumn> out = new ArrayList<>();
        for (JsonNode c : columns) {
            out.add(new ExpectedColumn(c.get("name").asText(), textOrNull(c.get("source")), c.has("source"),
                    c.get("parquet").asText()));
        }
        return out;
    }

    private static void checkReportSchema(List<ExpectedColumn> expected, List<Column> actual) {
        assertEquals(expected.stream().map(ExpectedColumn::name).toList(),
                actual.stream().map(Column::name).toList(), "report.schema names");
        assertEquals(expected.stream().map(ExpectedColumn::parquet).toList(),
                actual.stream().map(SampleCorpusTest::canonical).toList(), "report.schema types");
        for (int i = 0; i < expected.size(); i++) {
            ExpectedColumn e = expected.get(i);
            if (e.checkSource) {
                assertEquals(e.source, actual.get(i).sourceName(), "report.schema source name of " + e.name);
            }
        }
    }

    /** Our column type as the canonical Parquet type string it must be written as. */
    static String canonical(Column c) {
        return switch (c.type()) {
            case BOOLEAN -> "BOOLEAN";
            case INT64 -> "INT64";
            case DECIMAL -> "DECIMAL(" + c.precision() + "," + c.scale() + ")";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP_MICROS_LOCAL";
            case TIMESTAMP_UTC -> "TIMESTAMP_MICROS_UTC";
            case STRING -> "STRING";
        };
    }

    private static void checkParquetSchema(Path file, List<ExpectedColumn> expected) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (List<String> r : query("SELECT name, type, converted_type, logical_type, CAST(scale AS VARCHAR),"
                + " CAST(precision AS VARCHAR) FROM parquet_schema(" + literal(file) + ")"
                + " WHERE num_children IS NULL")) {
            names.add(r.get(0));
            types.add(canonical(r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
        }
        String where = " in " + file.getParent().getFileName() + "/" + file.getFileName();
        assertEquals(expected.stream().map(ExpectedColumn::name).toList(), names, "Parquet column names" + where);
        assertEquals(expected.stream().map(ExpectedColumn::parquet).toList(), types, "Parquet column types" + where);
    }

    /** The canonical type string of one parquet_schema() row; anything unexpected is spelled out in full. */
    static String canonical(String type, String converted, String logical, String scale, String precision) {
        String lt = logical == null ? "" : logical;
        if ("DECIMAL".equals(converted) || lt.startsWith("DecimalType")) {
            return "DECIMAL(" + precision + "," + scale + ")";
        }
        if (lt.startsWith("TimestampType")) {
            String unit = lt.contains("MICROS=MicroSeconds") ? "MICROS"
                    : lt.contains("MILLIS=MilliSeconds") ? "MILLIS" : lt.contains("NANOS=NanoSeconds") ? "NANOS" : "?";
            boolean utc = lt.contains("isAdjustedToUTC=1") || lt.contains("isAdjustedToUTC=true");
            boolean local = lt.contains("isAdjustedToUTC=0") || lt.contains("isAdjustedToUTC=false");
            return "TIMESTAMP_" + unit + (utc ? "_UTC" : local ? "_LOCAL" : "_?[" + lt + "]");
        }
        boolean plain = converted == null && logical == null;
        return switch (type) {
            case "BOOLEAN", "DOUBLE", "FLOAT" -> plain ? type : full(type, converted, logical);
            case "INT64" -> plain || "INT_64".equals(converted) && (logical == null || lt.contains("bitWidth=64"))
                    ? "INT64" : full(type, converted, logical);
            case "INT32" -> "DATE".equals(converted) || lt.startsWith("DateType") ? "DATE"
                    : plain ? "INT32" : full(type, converted, logical);
            case "BYTE_ARRAY" -> "UTF8".equals(converted) || lt.startsWith("StringType") ? "STRING"
                    : plain ? "BINARY" : full(type, converted, logical);
            default -> full(type, converted, logical);
        };
    }

    private static String full(String type, String converted, String logical) {
        return type + "[converted=" + converted + ", logical=" + logical + "]";
    }

    private static void checkDialect(JsonNode expected, Dialect actual) {
        for (String key : fieldNames(expected)) {
            JsonNode v = expected.get(key);
            switch (key) {
                case "delimiter" -> assertEquals(v.asText(), String.valueOf(actual.delimiter()), "dialect.delimiter");
                case "bom" -> assertEquals(v.asBoolean(), actual.bom(), "dialect.bom");
                case "header" -> assertEquals(v.asBoolean(), actual.header(), "dialect.header");
                default -> fail("unknown dialect key '" + key + "'");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- values

    private static long count(String table) throws SQLException {
        return Long.parseLong(query("SELECT count(*) FROM " + table).get(0).get(0));
    }

    private static void checkValues(String table, List<ExpectedColumn> columns, String orderBy, JsonNode values)
            throws SQLException {
        String select = columns.stream().map(c -> "CAST(" + ident(c.name) + " AS VARCHAR)")
                .collect(Collectors.joining(", "));
        List<List<String>> actual = query("SELECT " + select + " FROM " + table
                + (orderBy.isEmpty() ? "" : " ORDER BY " + orderBy));
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode row : values) {
            List<String> r = new ArrayList<>();
            row.forEach(v -> r.add(textOrNull(v)));
            expected.add(r);
        }
        if (!expected.equals(actual)) {
            StringBuilder diff = new StringBuilder("values read back by DuckDB differ (columns "
                    + columns.stream().map(ExpectedColumn::name).toList() + "):");
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                List<String> e = i < expected.size() ? expected.get(i) : null;
                List<String> a = i < actual.size() ? actual.get(i) : null;
                if (e == null || !e.equals(a)) {
                    diff.append("\n  row ").append(i + 1).append(": expected ").append(show(e))
                            .append("\n  ").append(" ".repeat(String.valueOf(i + 1).length()))
                            .append("      but was ").append(show(a));
                }
            }
            fail(diff.toString());
        }
    }

    /** A row with control characters made visible, so a lost CR or tab shows in the failure message. */
    private static String show(List<String> row) {
        if (row == null) {
            return "(no row)";
        }
        return row.stream().map(v -> v == null ? "null" : "\"" + v.replace("\\", "\\\\").replace("\r", "\\r")
                .replace("\n", "\\n").replace("\t", "\\t").replace("\0", "\\0") + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    // ---------------------------------------------------------------------------------------------- rejects

    private static void checkRejects(Path file, long rejected, JsonNode expected) throws IOException {
        assertTrue(Files.isRegularFile(file), "rejects file " + file.getFileName() + " should exist");
        List<List<String>> records = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(!records.isEmpty(), "rejects file has no header");
        List<String> header = records.get(0);
        int line = header.indexOf("line");
        int column = header.indexOf("column");
        assertTrue(line >= 0 && column >= 0, "rejects file header should name 'line' and 'column': " + header);
        List<List<String>> rows = records.subList(1, records.size());
        assertEquals(rejected, rows.size(), "records in the rejects file");
        if (expected != null) {
            Set<String> want = new HashSet<>();
            expected.forEach(r -> want.add(r.get("line").asLong() + ":" + textOrNull(r.get("column"))));
            Set<String> got = new HashSet<>();
            for (List<String> r : rows) {
                String col = column < r.size() ? r.get(column) : null;
                got.add(r.get(line) + ":" + (col == null || col.isEmpty() ? null : col));
            }
            assertEquals(want, got, "rejected line:column pairs");
        }
    }

    /** Just enough RFC 4180 for the rejects file: comma, double quote, doubled quotes, newlines in quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static void checkWidenings(JsonNode expected, List<Widening> actual) {
        Set<String> want = new HashSet<>();
        expected.forEach(w -> want.add(w.get("column").asText() + "@line " + w.get("line").asLong()));
        Set<String> got = new HashSet<>();
        actual.forEach(w -> got.add(w.column() + "@line " + w.line()));
        assertEquals(want, got, "report.widenings (column@line); full: " + actual);
        assertNull(actual.stream().filter(w -> w.from().equals(w.to())).findAny().orElse(null),
                "a widening that does not change the type");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static List<List<String>> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET TimeZone='UTC'");
            try (ResultSet rs = s.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    static String literal(Object pathOrText) {
        return "'" + pathOrText.toString().replace("'", "''") + "'";
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Every regular file below {@code root}, hidden ones included, as sorted relative paths. */
    static List<String> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    private static String textOrNull(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }
}
