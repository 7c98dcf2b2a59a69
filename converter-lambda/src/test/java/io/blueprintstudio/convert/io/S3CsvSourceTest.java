package io.blueprintstudio.convert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Reading CSV objects back from MiniStack's S3. */
class S3CsvSourceTest {
    private S3Client s3;
    private String bucket;

    @BeforeEach
    void connect() {
        s3 = S3TestEndpoint.client();
        bucket = S3TestEndpoint.newBucket(s3, "source");
    }

    @AfterEach
    void close() {
        if (s3 != null) {
            s3.close();
        }
    }

    private byte[] put(String key, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(data));
        return data;
    }

    private static byte[] readAll(S3CsvSource source) throws IOException {
        try (InputStream in = source.open()) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheObjectBackEveryTimeItIsOpened() throws IOException {
        byte[] data = put("in/data.csv", "id,name\n1,a\n2,b\n");
        S3CsvSource source = new S3CsvSource(s3, bucket, "in/data.csv");
        assertArrayEquals(data, readAll(source));
        assertArrayEquals(data, readAll(source), "a second open starts from the first byte again");
    }

    @Test
    void sizeComesFromTheObject() throws IOException {
        byte[] data = put("in/data.csv", "id\n1\n");
        S3CsvSource source = new S3CsvSource(s3, bucket, "in/data.csv");
        assertTrue(source.exists());
        assertEquals(OptionalLong.of(data.length), source.size());
        assertEquals("s3://" + bucket + "/in/data.csv", source.name());
    }

    @Test
    void keyWithSpacesAndUnicodeIsReadAsGiven() throws IOException {
        byte[] data = put("incoming/2024 Q1/café données.csv", "prénom\nZoë\n");
        assertArrayEquals(data, readAll(new S3CsvSource(s3, bucket, "incoming/2024 Q1/café données.csv")));
    }

    @Test
    void missingObjectIsReportedByName() {
        S3CsvSource source = new S3CsvSource(s3, bucket, "in/nothing.csv");
        assertFalse(assertDoesNotThrowIo(source));
        assertEquals(OptionalLong.empty(), source.size());
        var e = assertThrows(FileNotFoundException.class, source::open);
        assertTrue(e.getMessage().contains("s3://" + bucket + "/in/nothing.csv"), e.getMessage());
    }

    @Test
    void missingBucketIsAnErrorNotAMissingKey() {
        S3CsvSource source = new S3CsvSource(s3, bucket + "-gone", "in/data.csv");
        var e = assertThrows(IOException.class, source::open);
        assertTrue(e.getMessage().contains(bucket + "-gone"), e.getMessage());
    }

    private static boolean assertDoesNotThrowIo(S3CsvSource source) {
        try {
            return source.exists();
        } catch (IOException e) {
            throw new AssertionError("a missing key is not an error", e);
        }
    }
}
