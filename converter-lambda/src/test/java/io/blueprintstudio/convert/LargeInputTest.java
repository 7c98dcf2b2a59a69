package io.blueprintstudio.convert;

import static io.blueprintstudio.convert.SampleCorpusTest.literal;
import static io.blueprintstudio.convert.SampleCorpusTest.query;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.convert.io.LocalCsvSource;
import io.blueprintstudio.convert.io.LocalDestination;
import java.io.BufferedWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs too big to commit, generated into a temporary folder: a 10 MB field, 2,000 columns, and a file many times
 * the row-group size. The Parquet is read back with DuckDB.
 */
@Timeout(300)
class LargeInputTest {
    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;

    private ConversionReport convert(Path csv, ConvertOptions options) throws ConversionException {
        return CsvToParquet.convert(new LocalCsvSource(csv), new LocalDestination(dir.resolve("out")), "out.parquet",
                options, ConversionListener.NONE);
    }

    private String parquet() {
        return literal(dir.resolve("out/out.parquet"));
    }

    /** The canonical Parquet type of each column of the output, as DuckDB reads the schema. */
    private List<String> parquetTypes() throws SQLException {
        return query("SELECT type, converted_type, logical_type, CAST(scale AS VARCHAR), CAST(precision AS VARCHAR)"
                + " FROM parquet_schema(" + parquet() + ") WHERE num_children IS NULL").stream()
                .map(s -> SampleCorpusTest.canonical(s.get(0), s.get(1), s.get(2), s.get(3), s.get(4)))
                .toList();
    }

    @Test
    void tenMegabyteQuotedFieldReadsBackWhole() throws Exception {
        // Commas, line breaks, doubled quotes and multi-byte characters all through the field.
        String unit = "Lorem ipsum, dolor \"sit\" amet;\r\nçé€😀 |\t";
        StringBuilder value = new StringBuilder(10 * MIB + unit.length());
        int bytes = 0;
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        while (bytes + unitBytes <= 10 * MIB) {
            value.append(unit);
            bytes += unitBytes;
        }
        while (bytes < 10 * MIB) {
            value.append('x');
            bytes++;
        }
        byte[] expected = value.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(10 * MIB, expected.length);
        Path csv = dir.resolve("big-field.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,blob,after\n1,\"");
            w.write(value.toString().replace("\"", "\"\""));
            w.write("\",x\n2,small,y\n");
        }

        ConversionReport report = convert(csv, ConvertOptions.defaults());

        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(expected));
        assertAll(
                () -> assertEquals(2, report.rowsWritten()),
                () -> assertEquals(List.of("1", Integer.toString(10 * MIB), md5, "x"),
                        query("SELECT CAST(id AS VARCHAR), CAST(strlen(blob) AS VARCHAR), md5(blob), after FROM "
                                + parquet() + " ORDER BY id").get(0), "the 10 MB field: id, bytes, md5, next field"),
                () -> assertEquals(List.of("2", "small", "y"),
                        query("SELECT CAST(id AS VARCHAR), blob, after FROM " + parquet() + " WHERE id = 2").get(0),
                        "the row after the big field"));
    }

    @Test
    void twoThousandColumnsConvert() throws Exception {
        int width = 2000;
        int rows = 50;
        Path csv = dir.resolve("wide.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int c = 1; c <= width; c++) {
                w.write((c > 1 ? "," : "") + "Column " + c);
            }
            w.write('\n');
            for (int r = 1; r <= rows; r++) {
                for (int c = 1; c <= width; c++) {
                    if (c > 1) {
                        w.write(',');
                    }
                    w.write(switch (c % 4) {
                        case 0 -> Integer.toString(r * c);
                        case 1 -> r + "." + String.format("%02d", c % 100);
                        case 2 -> "v" + r + "_" + c;
                        default -> (r + c) % 2 == 0 ? "true" : "false";
                    });
                }
                w.write('\n');
            }
        }

        ConversionReport report = convert(csv, ConvertOptions.defaults());

        List<String> names = query("SELECT name FROM parquet_schema(" + parquet() + ") WHERE num_children IS NULL")
                .stream().map(r -> r.get(0)).toList();
        List<String> types = parquetTypes();
        List<String> expectedNames = new ArrayList<>();
        List<String> expectedTypes = new ArrayList<>();
        for (int c = 1; c <= width; c++) {
            expectedNames.add("column_" + c);
            expectedTypes.add(switch (c % 4) {
                case 0 -> "INT64";
                case 1 -> "DECIMAL(18,2)";
                case 2 -> "STRING";
                default -> "BOOLEAN";
            });
        }
        assertAll(
                () -> assertEquals(rows, report.rowsWritten()),
                () -> assertEquals(expectedNames, names, "column names"),
                () -> assertEquals(expectedTypes, types, "column types"),
                () -> assertEquals(List.of(List.of(Integer.toString(rows), Long.toString(2000L * rows * (rows + 1) / 2),
                                "50.97", "v9_1998", Integer.toString(rows / 2), "v10_2")),
                        query("SELECT CAST(count(*) AS VARCHAR), CAST(sum(column_2000) AS VARCHAR),"
                                + " CAST(max(column_1997) AS VARCHAR), max(column_1998),"
                                + " CAST(count_if(column_1999) AS VARCHAR), min(column_2) FROM " + parquet()),
                        "aggregates over the last columns"));
    }

    @Test
    void fileManyTimesTheRowGroupSizeGivesSeveralRowGroups() throws Exception {
        Path csv = dir.resolve("big.csv");
        Random random = new Random(42);
        String[] categories = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
        long rows = 0;
        long idSum = 0;
        BigDecimal amountSum = BigDecimal.ZERO;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,token,amount,category,when,note\n");
            while (Files.size(csv) < 50L * MIB || rows % 1000 != 0) {
                for (int k = 0; k < 1000; k++) {
                    rows++;
                    idSum += rows;
                    long cents = random.nextInt(10_000_000);
                    BigDecimal amount = BigDecimal.valueOf(cents, 2);
                    amountSum = amountSum.add(amount);
                    w.write(rows + "," + Long.toHexString(random.nextLong()) + "," + amount.toPlainString() + ","
                            + categories[random.nextInt(categories.length)] + ","
                            + String.format("2024-%02d-%02dT%02d:%02d:%02d", 1 + random.nextInt(12),
                                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60))
                            + ",\"note " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + ", "
                            + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "\"\n");
                }
                w.flush();
            }
        }
        assertTrue(Files.size(csv) >= 50L * MIB);

        ConversionReport report = convert(csv, ConvertOptions.builder().rowGroupBytes(MIB).build());

        List<List<String>> groups = query("SELECT row_group_id, any_value(row_group_num_rows),"
                + " any_value(row_group_bytes) FROM parquet_metadata(" + parquet() + ") GROUP BY row_group_id"
                + " ORDER BY row_group_id");
        long largest = groups.stream().mapToLong(g -> Long.parseLong(g.get(2))).max().orElse(0);
        long expectedRows = rows;
        long expectedIdSum = idSum;
        String expectedAmountSum = amountSum.toPlainString();
        System.out.printf("LargeInputTest: %d MiB CSV, %d rows -> %d row groups, largest %d bytes uncompressed%n",
                Files.size(csv) >> 20, rows, groups.size(), largest);
        assertAll(
                () -> assertEquals(expectedRows, report.rowsWritten()),
                () -> assertEquals(List.of("INT64", "STRING", "DECIMAL(18,2)", "STRING", "TIMESTAMP_MICROS_LOCAL",
                        "STRING"), parquetTypes(), "column types"),
                () -> assertEquals(List.of(List.of(Long.toString(expectedRows), Long.toString(expectedIdSum),
                                expectedAmountSum, "8")),
                        query("SELECT CAST(count(*) AS VARCHAR), CAST(sum(id) AS VARCHAR),"
                                + " CAST(sum(amount) AS VARCHAR), CAST(count(DISTINCT category) AS VARCHAR)"
                                + " FROM " + parquet()),
                        "count, sum(id), sum(amount), distinct categories"),
                () -> assertTrue(groups.size() >= 5, "several row groups expected, got " + groups.size()),
                () -> assertEquals(Long.toString(expectedRows),
                        Long.toString(groups.stream().mapToLong(g -> Long.parseLong(g.get(1))).sum()),
                        "rows over all row groups"),
                () -> assertTrue(largest <= 4L * MIB,
                        "the largest row group holds " + largest + " bytes, far over the 1 MiB target"));
    }
}
