package io.blueprintstudio.validate.asl;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files under src/test/resources/asl/{valid,invalid}. */
final class AslCorpus {
    private AslCorpus() {
    }

    static Path dir(String kind) {
        try {
            return Path.of(AslCorpus.class.getResource("/asl/" + kind).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String kind) throws IOException {
        try (Stream<Path> s = Files.list(dir(kind))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
