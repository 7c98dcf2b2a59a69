package io.blueprintstudio.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.convert.io.S3TestEndpoint;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The handler in a fresh JVM with only the shaded Lambda jar (plus a two-line runner): proves the jar carries
 * everything the S3 path needs (HTTP client discovery, checksums, Parquet codecs) and no Hadoop, against MiniStack.
 */
class ShadedHandlerIT {
    @Test
    void handlerInShadedJarConvertsFromS3() throws Exception {
        String endpoint = S3TestEndpoint.uri().toString();
        try (S3Client s3 = S3TestEndpoint.client()) {
            String raw = S3TestEndpoint.newBucket(s3, "shaded-raw");
            String lake = S3TestEndpoint.newBucket(s3, "shaded-lake");
            s3.putObject(b -> b.bucket(raw).key("in/day 1.csv"),
                    RequestBody.fromString("id,amount\n1,2.50\n2,3.00\n", StandardCharsets.UTF_8));

            Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
            String classpath = System.getProperty("lambda.jar") + File.pathSeparator
                    + Path.of("target", "test-classes").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder(javaBin.toString(), "-cp", classpath,
                    HandlerFromStdin.class.getName()).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("DEST_BUCKET_NAME", lake);
            env.put("DEST_PREFIX", "parquet");
            env.put("SOURCE_PREFIX", "in/");
            env.put("AWS_ENDPOINT_URL", endpoint);
            env.put("AWS_REGION", "us-east-1");
            env.put("AWS_ACCESS_KEY_ID", "test");
            env.put("AWS_SECRET_ACCESS_KEY", "test");
            Process p = pb.start();
            p.getOutputStream().write(SampleEvents.objectCreated(raw, "in/day 1.csv"));
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("\"status\":\"passed\""), output);
            assertTrue(output.strip().endsWith("\"passed\""), output);
            assertTrue(s3.headObject(b -> b.bucket(lake).key("parquet/day 1.parquet")).contentLength() > 0);
        }
    }
}
