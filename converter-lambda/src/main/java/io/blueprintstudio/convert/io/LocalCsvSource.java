package io.blueprintstudio.convert.io;

import io.blueprintstudio.convert.CsvSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A CSV file on the local disk. */
public record LocalCsvSource(Path path) implements CsvSource {
    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public OptionalLong size() {
        try {
            return OptionalLong.of(Files.size(path));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
