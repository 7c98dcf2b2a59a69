package io.blueprintstudio.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder: emptied before each synth, but only when it holds nothing a CDK synth would not write (so a
 * folder of the user's own files is never emptied), and emptied again when a synth stops half-way.
 */
final class AssemblyFolder {
    /** What a CDK synth writes at the top of its folder: manifests, templates, assets, nag reports, locks. */
    private static final Pattern CDK_OUTPUT = Pattern.compile("manifest\\.json|tree\\.json|cdk\\.out|synth\\.lock"
            + "|read\\..*\\.lock|.*\\.template\\.json|.*\\.assets\\.json|asset\\..*|.*-NagReport\\.(csv|json)");

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
                    if (entries.anyMatch(p -> !CDK_OUTPUT.matcher(p.getFileName().toString()).matches())) {
                        throw new SynthException("the output folder " + out + " holds files a CDK synth does not "
                                + "write; it is not a cloud assembly, so synthesis will not empty it (choose another "
                                + "--out)");
                    }
                }
                empty(out);
            }
            Files.createDirectories(out);
            return out;
        } catch (IOException e) {
            throw new SynthException("cannot prepare the output folder " + out + ": " + e, e);
        }
    }

    /** Deletes everything in the folder, keeping the folder. */
    static void empty(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(out)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** After a synth that stopped half-way: leave an empty folder, not a partial assembly; best effort. */
    static void discard(Path out) {
        try {
            empty(out);
        } catch (IOException e) {
            // what is left is refused by nothing (only CDK output), and the next synth empties it again
        }
    }
}
