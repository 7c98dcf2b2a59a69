package io.blueprintstudio.convert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCsvSourceTest {
    @TempDir
    Path dir;

    @Test
    void sizeAndNameComeFromTheFile() throws IOException {
        Path csv = Files.writeString(dir.resolve("in.csv"), "id\n1\n");
        LocalCsvSource source = new LocalCsvSource(csv);
        assertEquals(OptionalLong.of(5), source.size());
        assertEquals(csv.toString(), source.name());
    }

    @Test
    void everyOpenStartsFromTheFirstByte() throws IOException {
        byte[] data = "prénom\nZoë\n".getBytes(StandardCharsets.UTF_8);
        LocalCsvSource source = new LocalCsvSource(Files.write(dir.resolve("in.csv"), data));
        try (InputStream first = source.open(); InputStream second = source.open()) {
            first.readNBytes(3);
            assertArrayEquals(data, second.readAllBytes());
        }
    }

    @Test
    void missingFileFailsOnOpenAndHasNoSize() {
        LocalCsvSource source = new LocalCsvSource(dir.resolve("missing.csv"));
        assertEquals(OptionalLong.empty(), source.size());
        assertThrows(NoSuchFileException.class, source::open);
    }
}
