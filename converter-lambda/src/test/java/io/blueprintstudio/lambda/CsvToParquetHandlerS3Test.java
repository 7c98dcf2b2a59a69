package io.blueprintstudio.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.convert.io.S3TestEndpoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The handler end to end against MiniStack's S3: a real EventBridge event in, Parquet out, read back with DuckDB,
 * a reader we did not write.
 */
class CsvToParquetHandlerS3Test {
    private static final String KEY = "incoming/2024 Q1/café données.csv";
    private static final String OUTPUT_KEY = "curated/sales/2024 Q1/café données.parquet";
    private static final String CSV = """
            id,name,amount,day,region
            1,Zoë,12.50,2024-01-02,EU
            2,"Smith, J.",-3.25,2024-02-29,US
            3,Ålesund AS,0,2024-03-31,EU
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> logs = new ArrayList<>();
    private final AtomicInteger clientsMade = new AtomicInteger();
    private final Map<String, String> env = new HashMap<>();
    private S3Client s3;
    private String raw;
    private String curated;

    @BeforeEach
    void buckets() {
        s3 = S3TestEndpoint.client();
        raw = S3TestEndpoint.newBucket(s3, "raw");
        curated = S3TestEndpoint.newBucket(s3, "curated");
        env.put("DEST_BUCKET_NAME", curated);
        env.put("DEST_PREFIX", "/curated//sales/");
        env.put("SOURCE_PREFIX", "incoming/");
    }

    @AfterEach
    void close() {
        if (s3 != null) {
            s3.close();
        }
    }

    private CsvToParquetHandler handler() {
        return new CsvToParquetHandler(() -> {
            clientsMade.incrementAndGet();
            return s3;
        }, env, logs::add);
    }

    private void put(String bucket, String key, String text) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(text, StandardCharsets.UTF_8));
    }

    private static String invoke(CsvToParquetHandler handler, byte[] event, FakeContext context)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String invoke(CsvToParquetHandler handler, String eventKey) throws IOException {
        return invoke(handler, SampleEvents.objectCreated(raw, eventKey), new FakeContext("req", () -> 60_000));
    }

    private JsonNode lastLogLine() throws IOException {
        return json.readTree(logs.get(logs.size() - 1));
    }

    private List<String> keysIn(String bucket) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }

    /** The rows of a Parquet object, read by DuckDB from a downloaded copy, in id order. */
    private List<String> rowsOf(String bucket, String key) throws IOException, SQLException {
        Path local = dir.resolve("download-" + System.nanoTime() + ".parquet");
        s3.getObject(b -> b.bucket(bucket).key(key), local);
        String sql = "SELECT CAST(id AS BIGINT), name, CAST(amount AS DOUBLE), CAST(day AS VARCHAR) FROM "
                + "read_parquet('" + local + "') ORDER BY 1";
        List<String> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3) + "|" + rs.getString(4));
            }
        }
        return rows;
    }

    @Test
    void convertsTheObjectNamedByTheEventAndReturnsPassed() throws Exception {
        put(raw, KEY, CSV);

        assertEquals("\"passed\"", invoke(handler(), KEY));

        assertEquals(List.of(OUTPUT_KEY), keysIn(curated));
        assertEquals(List.of("1|Zoë|12.5|2024-01-02", "2|Smith, J.|-3.25|2024-02-29", "3|Ålesund AS|0.0|2024-03-31"),
                rowsOf(curated, OUTPUT_KEY));
        assertEquals(1, logs.size());
        JsonNode line = lastLogLine();
        assertEquals("info", line.get("level").asText());
        assertEquals("conversion", line.get("event").asText());
        assertEquals("passed", line.get("status").asText());
        assertEquals("s3://" + raw + "/" + KEY, line.get("source").asText());
        assertEquals("s3://" + curated + "/" + OUTPUT_KEY, line.at("/outputs/0").asText());
        assertEquals(3, line.get("rowsRead").asLong());
        assertEquals(3, line.get("rowsWritten").asLong());
        assertTrue(line.get("elapsedMs").isNumber());
    }

    @Test
    void urlEncodedKeyInTheEventStillFindsTheObject() throws Exception {
        put(raw, KEY, CSV);

        assertEquals("\"passed\"", invoke(handler(), "incoming/2024+Q1/caf%C3%A9+donn%C3%A9es.csv"));

        assertEquals(List.of(OUTPUT_KEY), keysIn(curated));
        assertEquals("s3://" + raw + "/" + KEY, lastLogLine().get("source").asText());
    }

    @Test
    void reUploadReplacesTheSameOutputKey() throws Exception {
        CsvToParquetHandler handler = handler();
        put(raw, KEY, CSV);
        assertEquals("\"passed\"", invoke(handler, KEY));

        put(raw, KEY, "id,name,amount,day\n7,Neu,1.5,2024-04-01\n");
        assertEquals("\"passed\"", invoke(handler, KEY));

        assertEquals(List.of(OUTPUT_KEY), keysIn(curated), "the same key, not a second file");
        assertEquals(List.of("7|Neu|1.5|2024-04-01"), rowsOf(curated, OUTPUT_KEY));
        assertEquals(1, clientsMade.get(), "the S3 client is made once and reused");
    }

    @Test
    void raggedRowFailsAndLeavesNothingAtTheDestination() throws Exception {
        put(raw, KEY, "id,name\n1,a\n2,b,extra\n3,c\n");

        assertEquals("\"failed\"", invoke(handler(), KEY));

        assertEquals(List.of(), keysIn(curated));
        assertEquals(List.of(), s3.listMultipartUploads(b -> b.bucket(curated)).uploads());
        JsonNode line = lastLogLine();
        assertEquals("failed", line.get("status").asText());
        assertEquals("BAD_INPUT", line.at("/error/kind").asText(), line.toString());
        assertEquals(3, line.at("/error/line").asLong(), line.toString());
        assertTrue(line.at("/error/message").asText().contains(KEY), line.toString());
    }

    @Test
    void missingObjectFailsNamingIt() throws Exception {
        assertEquals("\"failed\"", invoke(handler(), "incoming/gone.csv"));
        JsonNode line = lastLogLine();
        assertEquals("NOT_FOUND", line.at("/error/kind").asText());
        assertTrue(line.at("/error/message").asText().contains("s3://" + raw + "/incoming/gone.csv"), line.toString());
    }

    @Test
    void folderPlaceholderFails() throws Exception {
        put(raw, "incoming/2024 Q2/", "");
        assertEquals("\"failed\"", invoke(handler(), "incoming/2024 Q2/"));
        assertEquals("BAD_INPUT", lastLogLine().at("/error/kind").asText());
        assertEquals(List.of(), keysIn(curated));
    }

    @Test
    void ownOutputIsNotConvertedAgain() throws Exception {
        env.put("DEST_BUCKET_NAME", raw);
        env.put("DEST_PREFIX", "incoming/curated");
        put(raw, "incoming/curated/x.parquet", "PAR1");

        assertEquals("\"failed\"", invoke(handler(), "incoming/curated/x.parquet"));

        assertEquals("BAD_CONFIG", lastLogLine().at("/error/kind").asText());
        assertEquals(List.of("incoming/curated/x.parquet"), keysIn(raw));
    }

    @Test
    void partitionColumnsGiveOneFilePerValueBelowTheDerivedFolder() throws Exception {
        env.put("PARTITION_COLUMNS", "region");
        put(raw, KEY, CSV);

        assertEquals("\"passed\"", invoke(handler(), KEY));

        List<String> keys = keysIn(curated);
        assertEquals(2, keys.size(), keys.toString());
        for (String key : keys) {
            assertTrue(key.startsWith("curated/sales/2024 Q1/region="), key);
            assertTrue(key.endsWith("/café données.parquet"), key);
        }
        assertEquals(2, lastLogLine().get("outputs").size());
    }

    @Test
    void runningOutOfTimeFailsCleanly() throws Exception {
        // Enough rows for several batches: the converter checks for cancellation between batches.
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i).append(",name ").append(i).append('\n');
        }
        put(raw, KEY, csv.toString());
        AtomicLong calls = new AtomicLong();
        // A full minute at the start, then none: the run must stop itself and abort what it wrote.
        FakeContext context = new FakeContext("req", () -> calls.getAndIncrement() == 0 ? 60_000 : 0);

        assertEquals("\"failed\"", invoke(handler(), SampleEvents.objectCreated(raw, KEY), context));

        assertEquals("CANCELLED", lastLogLine().at("/error/kind").asText(), logs.toString());
        assertEquals(List.of(), keysIn(curated));
    }
}
