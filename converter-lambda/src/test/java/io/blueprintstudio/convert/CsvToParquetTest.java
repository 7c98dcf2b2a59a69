package io.blueprintstudio.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.convert.io.LocalCsvSource;
import io.blueprintstudio.convert.io.LocalDestination;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of a whole conversion; values are read back with DuckDB, a reader we did not write. */
class CsvToParquetTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path p = dir.resolve("in.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ConversionReport convert(Path in, ConvertOptions options) throws ConversionException {
        return CsvToParquet.convert(new LocalCsvSource(in), new LocalDestination(dir.resolve("out")), "in.parquet",
                options, ConversionListener.NONE);
    }

    private static List<String> query(String sql) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
            s.execute("SET TimeZone='UTC'");
            try (var rs = s.executeQuery(sql)) {
                List<String> rows = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
                return rows;
            }
        }
    }

    private List<String> filesUnder(Path p) throws IOException {
        if (!Files.exists(p)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).map(f -> p.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void writesTypedColumnsThatAnIndependentReaderReadsBack() throws Exception {
        Path in = csv("Order ID,Amount,When,Active,Note\n1,19.99,2024-03-01T10:00:00+01:00,true,\"a, b\"\n"
                + "2,5.00,2024-03-02T00:00:00Z,false,\n");
        ConversionReport r = convert(in, ConvertOptions.defaults());
        assertEquals(2, r.rowsWritten());
        assertEquals(List.of("int64", "decimal(18,2)", "timestamp_utc", "boolean", "string"),
                r.schema().stream().map(Column::typeName).toList());
        String file = dir.resolve("out/in.parquet").toString();
        assertEquals(List.of("1|19.99|2024-03-01 09:00:00+00|true|a, b", "2|5.00|2024-03-02 00:00:00+00|false|null"),
                query("SELECT order_id, amount::VARCHAR, \"when\"::VARCHAR, active, note FROM '" + file
                        + "' ORDER BY 1"));
    }

    @Test
    void failsOnBadValueAfterSampleNamingLineAndColumnAndLeavesNoFile() throws Exception {
        Path in = csv("id,qty\n1,10\n2,20\n3,lots\n");
        var e = assertThrows(ConversionException.class,
                () -> convert(in, ConvertOptions.builder().sampleRows(2).build()));
        assertEquals(ConversionException.Kind.BAD_VALUE, e.kind());
        assertEquals(4, e.line());
        assertEquals("qty", e.column());
        assertTrue(e.getMessage().contains("\"lots\" is not an int64"), e.getMessage());
        assertEquals(List.of(), filesUnder(dir.resolve("out")));
    }

    @Test
    void widensColumnAndConvertsAgain() throws Exception {
        Path in = csv("id,qty\n1,10\n2,20\n3,2.5\n4,x\n");
        ConversionReport r = convert(in, ConvertOptions.builder().sampleRows(2)
                .onBadValue(BadValuePolicy.WIDEN).build());
        assertEquals("string", r.schema().get(1).typeName());
        assertEquals(2, r.widenings().size());
        assertEquals(List.of("10", "20", "2.5", "x"),
                query("SELECT qty FROM '" + dir.resolve("out/in.parquet") + "' ORDER BY id"));
    }

    @Test
    void rejectsBadRowsIntoRejectsFileWithReason() throws Exception {
        Path in = csv("id,qty\n1,10\n2,20\n3,lots\n4\n5,50\n");
        ConversionReport r = convert(in, ConvertOptions.builder().sampleRows(2)
                .onBadValue(BadValuePolicy.REJECT).build());
        assertEquals(3, r.rowsWritten());
        assertEquals(2, r.rowsRejected());
        List<String> rejects = Files.readAllLines(dir.resolve("out/in.rejects.csv"));
        assertEquals("line,column,reason,id,qty", rejects.get(0));
        assertTrue(rejects.get(1).startsWith("\"4\",\"qty\",\"is not an int64\""), rejects.get(1));
        assertTrue(rejects.get(2).startsWith("\"5\",\"\",\"has 1 fields where the header has 2\""), rejects.get(2));
    }

    @Test
    void writesHivePartitionFoldersWithoutThePartitionColumn() throws Exception {
        Path in = csv("id,country\n1,DE\n2,FR\n3,DE\n4,\n5,a/b\n");
        convert(in, ConvertOptions.builder().partitionColumns(List.of("country")).build());
        assertEquals(List.of("country=DE/in.parquet", "country=FR/in.parquet", "country=__HIVE_DEFAULT_PARTITION__/in.parquet",
                "country=a%2Fb/in.parquet"), filesUnder(dir.resolve("out")));
        assertEquals(List.of("id"), query("SELECT name FROM parquet_schema('" + dir.resolve("out/country=DE/in.parquet")
                + "') WHERE name <> 'row'"));
    }

    @Test
    void headerOnlyGivesEmptyFileWithStringColumns() throws Exception {
        ConversionReport r = convert(csv("a,b\n"), ConvertOptions.defaults());
        assertEquals(0, r.rowsWritten());
        assertEquals(List.of("0"), query("SELECT count(*) FROM '" + dir.resolve("out/in.parquet") + "'"));
    }

    @Test
    void emptyFileIsAClearError() throws Exception {
        var e = assertThrows(ConversionException.class, () -> convert(csv(""), ConvertOptions.defaults()));
        assertEquals(ConversionException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void cancelStopsAndLeavesNothing() throws Exception {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append(i).append(",x").append(i).append('\n');
        }
        Path in = csv(sb.toString());
        var e = assertThrows(ConversionException.class, () -> CsvToParquet.convert(new LocalCsvSource(in),
                new LocalDestination(dir.resolve("out")), "in.parquet", ConvertOptions.defaults(),
                new ConversionListener() {
                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }));
        assertEquals(ConversionException.Kind.CANCELLED, e.kind());
        assertEquals(List.of(), filesUnder(dir.resolve("out")));
    }

    @Test
    void readsDeclaredEncodingAndWritesUtf8() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, "name,city\nJos\u00e9,K\u00f6ln\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        convert(in, ConvertOptions.builder().encoding(java.nio.charset.Charset.forName("windows-1252")).build());
        assertEquals(List.of("Jos\u00e9|K\u00f6ln"), query("SELECT * FROM '" + dir.resolve("out/in.parquet") + "'"));
    }

    @Test
    void detectsUtf16ByteOrderMark() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, "\ufeffa;b\n1;\u00fc\n".getBytes(StandardCharsets.UTF_16LE));
        ConversionReport r = convert(in, ConvertOptions.defaults());
        assertEquals("UTF-16LE", r.dialect().encoding());
        assertEquals(';', r.dialect().delimiter());
        assertEquals(List.of("1|\u00fc"), query("SELECT * FROM '" + dir.resolve("out/in.parquet") + "'"));
    }

    @Test
    void invalidUtf8NamesLineAndColumn() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, new byte[] {'a', ',', 'b', '\n', '1', ',', 'o', 'k', '\n', '2', ',', (byte) 0xC3, '(', '\n'});
        var e = assertThrows(ConversionException.class, () -> convert(in, ConvertOptions.defaults()));
        assertEquals(ConversionException.Kind.BAD_INPUT, e.kind());
        assertEquals(3, e.line());
        assertEquals("b", e.column());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void previewShowsDialectSchemaAndFirstRowsWithoutWriting() throws Exception {
        Path in = csv("id|name|seen\n1|Ann|2024-01-01\n2||2024-01-02\n3|\"\"|2024-01-03\n");
        CsvPreview p = CsvToParquet.preview(new LocalCsvSource(in), ConvertOptions.defaults(), 2);
        assertEquals('|', p.dialect().delimiter());
        assertEquals(List.of("int64", "string", "date"), p.columns().stream().map(Column::typeName).toList());
        assertEquals(List.of(List.of("1", "Ann", "2024-01-01"), java.util.Arrays.asList("2", null, "2024-01-02")),
                p.rows());
        assertEquals(List.of(), filesUnder(dir.resolve("out")));
    }
}
