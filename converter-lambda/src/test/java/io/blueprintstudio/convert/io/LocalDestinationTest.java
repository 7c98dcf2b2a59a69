package io.blueprintstudio.convert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.convert.PendingFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.io.PositionOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDestinationTest {
    @TempDir
    Path dir;

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitMakesFileVisibleOnlyAtTheEnd() throws IOException {
        PendingFile file = new LocalDestination(dir).create("a/b/out.parquet");
        file.stream().write("hello".getBytes(StandardCharsets.UTF_8));
        Path target = dir.resolve("a/b/out.parquet");

        assertFalse(Files.exists(target));
        List<String> during = filesIn(dir.resolve("a/b"));
        assertEquals(1, during.size());
        assertTrue(during.get(0).startsWith(".out.parquet.inprogress-"), during.get(0));

        file.commit();

        assertEquals("hello", Files.readString(target));
        assertEquals(List.of("out.parquet"), filesIn(dir.resolve("a/b")), "the temporary file is gone");
        assertEquals(target.toString(), file.location());
    }

    @Test
    void abortLeavesNothingBehind() throws IOException {
        PendingFile file = new LocalDestination(dir).create("out.parquet");
        file.stream().write(new byte[100_000]);

        file.abort();
        file.abort();

        assertEquals(List.of(), filesIn(dir));
        assertThrows(IOException.class, file::commit);
    }

    @Test
    void abortAfterCommitKeepsTheFile() throws IOException {
        PendingFile file = new LocalDestination(dir).create("out.parquet");
        file.stream().write(1);
        file.commit();
        file.abort();
        file.commit();
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(dir.resolve("out.parquet")));
    }

    @Test
    void commitReplacesAnExistingFile() throws IOException {
        Files.writeString(dir.resolve("out.parquet"), "old");
        PendingFile file = new LocalDestination(dir).create("out.parquet");
        file.stream().write("new".getBytes(StandardCharsets.UTF_8));
        assertEquals("old", Files.readString(dir.resolve("out.parquet")), "the old file stays until commit");
        file.commit();
        assertEquals("new", Files.readString(dir.resolve("out.parquet")));
    }

    @Test
    void commitAfterTheWriterClosedTheStreamKeepsEveryByte() throws IOException {
        byte[] data = new byte[300_001];
        new java.util.Random(1).nextBytes(data);
        PendingFile file = new LocalDestination(dir).create("out.parquet");
        file.stream().write(data, 0, data.length);
        file.stream().close();
        file.commit();
        assertArrayEquals(data, Files.readAllBytes(dir.resolve("out.parquet")));
    }

    @Test
    void positionCountsEveryByteWritten() throws IOException {
        PendingFile file = new LocalDestination(dir).create("out.parquet");
        PositionOutputStream out = file.stream();
        assertEquals(0, out.getPos());
        out.write(7);
        out.write(new byte[10], 2, 5);
        out.write(new byte[70_000]);
        assertEquals(70_006, out.getPos());
        out.close();
        assertEquals(70_006, out.getPos(), "still known after close, for the report");
        file.commit();
        assertEquals(70_006, Files.size(dir.resolve("out.parquet")));
    }

    @Test
    void pathsOutsideTheRootAreRefused() {
        LocalDestination destination = new LocalDestination(dir.resolve("out"));
        assertThrows(IllegalArgumentException.class, () -> destination.create("../escape.parquet"));
        assertThrows(IllegalArgumentException.class, () -> destination.create("/tmp/escape.parquet"));
        assertFalse(Files.exists(dir.resolve("escape.parquet")));
    }

    @Test
    void relativeRootIsResolvedAgainstTheWorkingFolder() {
        LocalDestination destination = new LocalDestination(Path.of(""));
        assertEquals(Path.of("x.parquet").toAbsolutePath().toString(), destination.locationOf("x.parquet"));
    }
}
