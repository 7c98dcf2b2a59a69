package io.blueprintstudio.convert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.convert.PendingFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.parquet.io.PositionOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Streaming uploads against MiniStack's S3; see {@link S3TestEndpoint} for when these run. */
class S3DestinationTest {
    private static final int PART = S3Destination.PART_SIZE;

    private final RecordedRequests requests = new RecordedRequests();
    private S3Client s3;
    private String bucket;

    @BeforeEach
    void connect() {
        s3 = S3TestEndpoint.client(requests);
        bucket = S3TestEndpoint.newBucket(s3, "dest");
        requests.clear();
    }

    @AfterEach
    void close() {
        if (s3 != null) {
            s3.close();
        }
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Writes in uneven slices, as parquet-java does, plus single bytes. */
    private static void writeInSlices(PositionOutputStream out, byte[] data) throws IOException {
        int at = 0;
        out.write(data[at++]);
        while (at < data.length) {
            int n = Math.min(data.length - at, 100_003);
            out.write(data, at, n);
            at += n;
        }
    }

    private byte[] read(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }

    private boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    private int pendingUploads() {
        return s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().size();
    }

    @Test
    void smallFileGoesUpAsOnePutObjectAtCommit() throws IOException {
        byte[] data = "id,name\n1,Zoë\n".getBytes(StandardCharsets.UTF_8);
        PendingFile file = new S3Destination(s3, bucket, "out").create("small.parquet");
        writeInSlices(file.stream(), data);
        file.stream().close();
        assertEquals(List.of(), requests.operations(), "nothing is sent before commit");

        file.commit();

        assertEquals(List.of("PutObject"), requests.operations());
        assertArrayEquals(data, read("out/small.parquet"));
        assertEquals("application/vnd.apache.parquet",
                s3.headObject(b -> b.bucket(bucket).key("out/small.parquet")).contentType());
    }

    @Test
    void largeFileStreamsInPartsWhileWriting() throws IOException {
        byte[] data = bytes(2 * PART + 12_345, 1);
        PendingFile file = new S3Destination(s3, bucket, "out/").create("big.parquet");

        writeInSlices(file.stream(), data);

        assertEquals(List.of("CreateMultipartUpload", "UploadPart", "UploadPart"), requests.operations(),
                "full parts go up while writing; the last, partial one waits for commit");
        assertEquals(data.length, file.stream().getPos());
        file.stream().close();
        file.commit();
        assertEquals(List.of("CreateMultipartUpload", "UploadPart", "UploadPart", "UploadPart",
                "CompleteMultipartUpload"), requests.operations());
        assertArrayEquals(data, read("out/big.parquet"));
        assertEquals(data.length, file.stream().getPos(), "the position survives close and commit");
        assertNotNull(s3.headObject(b -> b.bucket(bucket).key("out/big.parquet").checksumMode(ChecksumMode.ENABLED))
                .checksumCRC32(), "every part went up with a checksum S3 verified");
    }

    @Test
    void commitMakesFileVisibleOnlyAtTheEnd() throws IOException {
        PendingFile file = new S3Destination(s3, bucket, "out").create("big.parquet");
        writeInSlices(file.stream(), bytes(PART + 1, 2));
        assertTrue(requests.operations().contains("UploadPart"), "a part is already uploaded");

        assertFalse(exists("out/big.parquet"), "no object before commit");
        file.commit();
        assertTrue(exists("out/big.parquet"));
    }

    @Test
    void fileOfExactlyOnePartIsASinglePut() throws IOException {
        byte[] data = bytes(PART, 3);
        PendingFile file = new S3Destination(s3, bucket, "").create("one.parquet");
        writeInSlices(file.stream(), data);
        file.commit();
        assertEquals(List.of("PutObject"), requests.operations());
        assertArrayEquals(data, read("one.parquet"));
    }

    @Test
    void emptyFileIsCommittedAsAnEmptyObject() throws IOException {
        PendingFile file = new S3Destination(s3, bucket, "out").create("empty.parquet");
        file.commit();
        assertArrayEquals(new byte[0], read("out/empty.parquet"));
    }

    @Test
    void abortLeavesNothingAtTheKey() throws IOException {
        PendingFile file = new S3Destination(s3, bucket, "out").create("big.parquet");
        writeInSlices(file.stream(), bytes(PART + 10, 4));
        assertEquals(1, pendingUploads());

        file.abort();
        file.abort();

        assertFalse(exists("out/big.parquet"));
        assertEquals(0, pendingUploads(), "the multipart upload is aborted, not left to cost money");
        assertTrue(s3.listObjectsV2(b -> b.bucket(bucket)).contents().isEmpty());
        assertThrows(IOException.class, file::commit);
        assertThrows(IOException.class, () -> file.stream().write(1), "writing after abort is refused");
    }

    @Test
    void abortOfSmallFileSendsNothing() throws IOException {
        PendingFile file = new S3Destination(s3, bucket, "out").create("small.parquet");
        writeInSlices(file.stream(), bytes(1000, 5));
        file.abort();
        assertEquals(List.of(), requests.operations());
        assertFalse(exists("out/small.parquet"));
    }

    @Test
    void abortAfterCommitKeepsTheObject() throws IOException {
        PendingFile file = new S3Destination(s3, bucket, "out").create("kept.parquet");
        writeInSlices(file.stream(), bytes(10, 6));
        file.commit();
        file.abort();
        assertTrue(exists("out/kept.parquet"));
    }

    @Test
    void commitReplacesWhatWasAtTheKey() throws IOException {
        s3.putObject(b -> b.bucket(bucket).key("out/x.parquet"), RequestBody.fromString("old"));
        byte[] data = bytes(PART + 99, 7);
        PendingFile file = new S3Destination(s3, bucket, "out").create("x.parquet");
        writeInSlices(file.stream(), data);
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), read("out/x.parquet"),
                "the old object stays readable while the new one is written");
        file.commit();
        assertArrayEquals(data, read("out/x.parquet"));
    }

    @Test
    void keysWithSpacesAndUnicodeAreWrittenAsGiven() throws IOException {
        PendingFile file = new S3Destination(s3, bucket, "sortie/2024 Q1").create("café données.parquet");
        writeInSlices(file.stream(), bytes(50, 8));
        file.commit();
        assertEquals("s3://" + bucket + "/sortie/2024 Q1/café données.parquet", file.location());
        assertTrue(exists("sortie/2024 Q1/café données.parquet"));
    }
}
