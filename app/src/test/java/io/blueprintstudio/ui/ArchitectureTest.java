package io.blueprintstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md, checked on the sources: services know nothing of JavaFX, view-models hold
 * no JavaFX nodes, and views do no file I/O.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java", "io", "blueprintstudio");

    @Test
    void servicesDoNotImportJavaFx() throws IOException {
        assertEquals(List.of(), offenders(p -> !p.startsWith(MAIN.resolve("ui")), "import javafx."));
    }

    @Test
    void viewModelsHoldNoNodes() throws IOException {
        assertEquals(List.of(), offenders(p -> p.getFileName().toString().endsWith("ViewModel.java"),
                "import javafx.scene."));
    }

    @Test
    void viewsDoNoFileIo() throws IOException {
        assertEquals(List.of(), offenders(p -> p.getFileName().toString().endsWith("View.java"),
                "import java.nio.file.Files"));
    }

    private static List<String> offenders(java.util.function.Predicate<Path> which, String forbidden)
            throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(which).filter(p -> {
                try {
                    return Files.readString(p).contains(forbidden);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).sorted().toList();
        }
    }
}
