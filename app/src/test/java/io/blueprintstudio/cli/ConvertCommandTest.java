package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureStreams() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        return Main.commandLine().execute(args);
    }

    private Path csv(String text) throws Exception {
        Path p = dir.resolve("orders.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void convertsToNamedFileAndPrintsJsonReport() throws Exception {
        Path in = csv("Order ID;Amount\n1;19.99\n2;5.00\n");
        int code = run("convert", in.toString(), dir.resolve("o.parquet").toString(), "--report", "json");
        assertEquals(0, code, err.toString());
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, report.get("rowsWritten").asInt());
        assertEquals(";", report.get("dialect").get("delimiter").asText());
        assertEquals("order_id", report.get("schema").get(0).get("name").asText());
        assertEquals("Order ID", report.get("schema").get(0).get("source").asText());
        assertEquals("decimal(18,2)", report.get("schema").get(1).get("type").asText());
        assertTrue(Files.isRegularFile(dir.resolve("o.parquet")));
    }

    @Test
    void namesFileAfterInputWhenOutIsAFolder() throws Exception {
        Path in = csv("a\n1\n");
        assertEquals(0, run("convert", in.toString(), dir.resolve("lake").toString()), err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("lake/orders.parquet")));
    }

    @Test
    void badValueExitsOneNamingLineAndColumnAndWritesNothing() throws Exception {
        Path in = csv("id,qty\n1,1\n2,2\n3,many\n");
        int code = run("convert", in.toString(), dir.resolve("o.parquet").toString(), "--sample-rows", "1");
        assertEquals(1, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("line 4, column 'qty'"), message);
        assertTrue(Files.notExists(dir.resolve("o.parquet")));
    }

    @Test
    void unknownPartitionColumnExitsTwoListingTheColumns() throws Exception {
        Path in = csv("id,country\n1,DE\n");
        int code = run("convert", in.toString(), dir.toString(), "--partition-by", "region");
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[id, country]"), err.toString());
    }

    @Test
    void missingInputExitsTwo() {
        assertEquals(2, run("convert", dir.resolve("nope.csv").toString(), dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a file"));
    }

    @Test
    void acceptsSizesAndTabDelimiter() throws Exception {
        Path in = csv("a\tb\n1\tx\n");
        int code = run("convert", in.toString(), dir.resolve("t.parquet").toString(), "-d", "tab",
                "--row-group-size", "8M", "-c", "zstd");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("delimiter tab"), out.toString());
    }
}
