package io.blueprintstudio.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Failures the handler must turn into "failed" before it ever needs S3; no peers needed. */
class CsvToParquetHandlerTest {
    private static final Map<String, String> ENV = Map.of("DEST_BUCKET_NAME", "curated", "DEST_PREFIX", "out");
    private static final Supplier<S3Client> NO_S3 = () -> {
        throw new AssertionError("S3 must not be needed for this run");
    };

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> logs = new ArrayList<>();

    private String invoke(CsvToParquetHandler handler, byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, new FakeContext("req-1", () -> 60_000));
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode onlyLogLine() throws IOException {
        assertEquals(1, logs.size(), "one log line per run: " + logs);
        return json.readTree(logs.get(0));
    }

    @Test
    void malformedEventFails() throws IOException {
        CsvToParquetHandler handler = new CsvToParquetHandler(NO_S3, ENV, logs::add);
        assertEquals("\"failed\"", invoke(handler, "{\"detail\":{}}".getBytes(StandardCharsets.UTF_8)));
        JsonNode line = onlyLogLine();
        assertEquals("error", line.get("level").asText());
        assertEquals("conversion", line.get("event").asText());
        assertEquals("failed", line.get("status").asText());
        assertEquals("req-1", line.get("requestId").asText());
        assertEquals("BAD_EVENT", line.at("/error/kind").asText());
        assertTrue(line.at("/error/message").asText().contains("detail.bucket.name"), line.toString());
        assertTrue(line.get("source").isNull());
        assertTrue(line.get("elapsedMs").isNumber());
    }

    @Test
    void nonJsonInputFails() throws IOException {
        CsvToParquetHandler handler = new CsvToParquetHandler(NO_S3, ENV, logs::add);
        assertEquals("\"failed\"", invoke(handler, "not json".getBytes(StandardCharsets.UTF_8)));
        assertEquals("BAD_EVENT", onlyLogLine().at("/error/kind").asText());
    }

    @Test
    void missingDestBucketFails() throws IOException {
        Map<String, String> env = new HashMap<>(ENV);
        env.remove("DEST_BUCKET_NAME");
        CsvToParquetHandler handler = new CsvToParquetHandler(NO_S3, env, logs::add);

        String status = invoke(handler, SampleEvents.objectCreated("raw", "incoming/a.csv"));

        assertEquals("\"failed\"", status);
        JsonNode line = onlyLogLine();
        assertEquals("BAD_CONFIG", line.at("/error/kind").asText());
        assertTrue(line.at("/error/message").asText().contains("DEST_BUCKET_NAME is not set"), line.toString());
        assertEquals("s3://raw/incoming/a.csv", line.get("source").asText(), "the log still names the object");
        assertTrue(line.at("/error/line").isNull());
        assertTrue(line.at("/error/column").isNull());
    }

    @Test
    void unreachableS3FailsInsteadOfThrowing() throws IOException {
        // Nothing listens on port 1: every request fails to connect.
        Supplier<S3Client> dead = () -> S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:1")).forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
        CsvToParquetHandler handler = new CsvToParquetHandler(dead, ENV, logs::add);

        assertEquals("\"failed\"", invoke(handler, SampleEvents.objectCreated("raw", "incoming/a.csv")));
        JsonNode line = onlyLogLine();
        assertEquals("IO", line.at("/error/kind").asText());
        assertTrue(line.at("/error/message").asText().contains("s3://raw/incoming/a.csv"), line.toString());
    }

    @Test
    void publicConstructorMakesNoClientUntilARunNeedsOne() {
        // Lambda constructs the handler during init; it must not reach for credentials or the network there.
        new CsvToParquetHandler();
    }
}
