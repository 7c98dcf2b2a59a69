package io.blueprintstudio.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The output folder: emptied before each synth, but only when it is empty, a cloud assembly, or one we started to
 * write (marked, so a synthesis cancelled or failed half-way does not block the next one).
 */
final class AssemblyFolder {
    /** Written first into every output folder: the folder is ours to empty even before manifest.json exists. */
    static final String MARKER = ".blueprint-studio-assembly";

    private AssemblyFolder() {
    }

    static Path prepare(Path dir) throws SynthException {
        Path out = dir.toAbsolutePath().normalize();
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new SynthException("the output " + out + " is a file, not a folder");
            }
            if (Files.isDirectory(out)) {
                try (Stream<Path> entries = Files.list(out)) {
                    if (entries.findAny().isPresent() && !Files.exists(out.resolve("manifest.json"))
                            && !Files.exists(out.resolve(MARKER))) {
                        throw new SynthException("the output folder " + out + " holds files but no manifest.json; "
                                + "it is not a cloud assembly, so synthesis will not empty it (choose another --out)");
                    }
                }
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(out)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve(MARKER), "Written by Blueprint Studio's synthesis; emptied on the next.\n");
            return out;
        } catch (IOException e) {
            throw new SynthException("cannot prepare the output folder " + out + ": " + e, e);
        }
    }
}
