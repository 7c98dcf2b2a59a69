package io.blueprintstudio.blueprint;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a blueprint folder to start a new blueprint from it (the app's "New from sample"). Copies every file but
 * the studio's own {@code .blueprint-studio} folder (backups belong to the original), and never overwrites: the
 * target must not exist or be an empty folder.
 */
public final class BlueprintCopy {

    private BlueprintCopy() {
    }

    /** Copies {@code source} (a folder holding {@code mdaa.yaml}) to {@code target} and returns the target. */
    public static Path copy(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(source.resolve(Blueprint.MDAA_FILE))) {
            throw new IOException(source + " is not a blueprint folder (it holds no " + Blueprint.MDAA_FILE + ")");
        }
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "not an empty folder; choose a new one");
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(source)) {
            paths = walk.filter(p -> !source.relativize(p).startsWith(".blueprint-studio")).toList();
        }
        for (Path p : paths) {
            Path to = target.resolve(source.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(to);
            } else if (Files.isRegularFile(p)) {
                Files.copy(p, to);
            }
        }
        return target;
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> list = Files.list(p)) {
            return list.findAny().isEmpty();
        }
    }
}
