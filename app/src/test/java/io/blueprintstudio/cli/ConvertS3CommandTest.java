package io.blueprintstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.convert.io.S3Clients;
import io.blueprintstudio.convert.io.S3TestEndpoint;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code convert} between s3:// URLs, against MiniStack's S3 (started by ./run-tests). */
class ConvertS3CommandTest {
    @Test
    void convertsFromS3ToS3Prefix() {
        URI endpoint = S3TestEndpoint.uri();
        String raw = "cli-raw-" + UUID.randomUUID().toString().substring(0, 8);
        String lake = "cli-lake-" + UUID.randomUUID().toString().substring(0, 8);
        try (S3Client s3 = S3Clients.create(endpoint, "us-east-1")) {
            s3.createBucket(b -> b.bucket(raw));
            s3.createBucket(b -> b.bucket(lake));
            s3.putObject(b -> b.bucket(raw).key("landing/orders.csv"),
                    RequestBody.fromString("id,total\n1,9.90\n2,12.00\n", StandardCharsets.UTF_8));
            int code = Main.commandLine().execute("convert", "s3://" + raw + "/landing/orders.csv",
                    "s3://" + lake + "/curated/", "--endpoint-url", endpoint.toString(), "--region", "us-east-1");
            assertEquals(0, code);
            long size = s3.headObject(b -> b.bucket(lake).key("curated/orders.parquet")).contentLength();
            assertTrue(size > 0);
        }
    }

    @Test
    void missingObjectExitsWithMessageNamingIt() {
        URI endpoint = S3TestEndpoint.uri();
        String raw = "cli-missing-" + UUID.randomUUID().toString().substring(0, 8);
        try (S3Client s3 = S3Clients.create(endpoint, "us-east-1")) {
            s3.createBucket(b -> b.bucket(raw));
        }
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("convert", "s3://" + raw + "/nope.csv", "s3://" + raw + "/out/",
                    "--endpoint-url", endpoint.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(3, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("s3://" + raw + "/nope.csv does not exist"),
                err.toString(StandardCharsets.UTF_8));
    }
}
