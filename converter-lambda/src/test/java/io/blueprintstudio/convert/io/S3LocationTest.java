package io.blueprintstudio.convert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class S3LocationTest {
    @Test
    void parsesBucketAndKeyAndPrintsTheSameUrl() {
        S3Location l = S3Location.parse("s3://my-bucket/incoming/2024 Q1/café données.csv");
        assertEquals("my-bucket", l.bucket());
        assertEquals("incoming/2024 Q1/café données.csv", l.key());
        assertEquals("s3://my-bucket/incoming/2024 Q1/café données.csv", l.toString());
    }

    @Test
    void keyIsTakenAsWrittenNotDecoded() {
        assertEquals("a%20b+c.csv", S3Location.parse("s3://bucket/a%20b+c.csv").key());
    }

    @Test
    void bucketAloneHasAnEmptyKey() {
        assertEquals(new S3Location("bucket", ""), S3Location.parse("s3://bucket"));
        assertEquals(new S3Location("bucket", ""), S3Location.parse("s3://bucket/"));
        assertEquals("s3://bucket/", S3Location.parse("s3://bucket").toString());
    }

    @Test
    void malformedUrlsAreRefusedWithAReason() {
        assertMessage("not an S3 URL", "https://bucket/key");
        assertMessage("not an S3 URL", "bucket/key");
        assertMessage("not an S3 URL", null);
        assertMessage("names no bucket", "s3:///key");
        assertMessage("not a valid S3 bucket name", "s3://My_Bucket/key");
        assertMessage("not a valid S3 bucket name", "s3://ab/key");
        assertMessage("not a valid S3 bucket name", "s3://-bucket/key");
    }

    private static void assertMessage(String expected, String url) {
        var e = assertThrows(IllegalArgumentException.class, () -> S3Location.parse(url));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
