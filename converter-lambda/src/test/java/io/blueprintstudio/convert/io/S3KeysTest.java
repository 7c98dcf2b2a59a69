package io.blueprintstudio.convert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class S3KeysTest {
    @Test
    void joinUsesSingleSlashesAndNoLeadingSlash() {
        assertEquals("a/b/c.parquet", S3Keys.join("/a//b/", "/c.parquet"));
        assertEquals("a/b/c.parquet", S3Keys.join("a", "b", "c.parquet"));
        assertEquals("c.parquet", S3Keys.join("", null, "/c.parquet"));
        assertEquals("", S3Keys.join("", "/", "//"));
    }

    @Test
    void joinKeepsAFinalSlash() {
        assertEquals("a/b/", S3Keys.join("a", "b/"));
    }

    @Test
    void folderEndsInASlashUnlessEmpty() {
        assertEquals("curated/sales/", S3Keys.folder("/curated//sales"));
        assertEquals("curated/", S3Keys.folder("curated/"));
        assertEquals("", S3Keys.folder(""));
        assertEquals("", S3Keys.folder("/"));
    }
}
