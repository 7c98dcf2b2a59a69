package io.blueprintstudio.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample blueprint, and broken copies of it: a case folder under {@code broken-blueprints/} holds
 * {@code edits.txt} (one flaw, as edits applied to a copy of the sample) and {@code expected.txt} (the diagnostics
 * the flaw must give, one {@code CODE file:line:column} a line).
 *
 * <p>Edit format: {@code @@ path} starts edits of a file; a run of {@code -} lines is replaced by the following run
 * of {@code +} lines (no {@code +} lines deletes them); lines starting {@code #} are comments.
 */
final class SampleBlueprints {
    private SampleBlueprints() {
    }

    /** {@code blueprints/stepfunction_orchestrator} at the repository root (tests run in {@code app/}). */
    static Path sample() {
        Path p = Path.of("..", "blueprints", "stepfunction_orchestrator").toAbsolutePath().normalize();
        if (!Files.isRegularFile(p.resolve("mdaa.yaml"))) {
            throw new IllegalStateException("sample blueprint not found at " + p);
        }
        return p;
    }

    /** The sample's Lambda jar, which exists only once converter-lambda is packaged. */
    static Path sampleLambdaJar() {
        return sample().resolve("../../converter-lambda/target/converter-lambda-0.1.0-SNAPSHOT-lambda.jar").normalize();
    }

    /** The case folders, by name. */
    static List<String> brokenCases() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "broken-blueprints"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Path caseFolder(String name) {
        return Path.of("src", "test", "resources", "broken-blueprints", name);
    }

    /** A copy of the sample in {@code dir}, with a case's edits applied. */
    static Path broken(String name, Path dir) throws IOException {
        copySample(dir);
        applyEdits(dir, Files.readAllLines(caseFolder(name).resolve("edits.txt"), StandardCharsets.UTF_8));
        return dir;
    }

    static void copySample(Path dir) {
        try {
            io.blueprintstudio.blueprint.BlueprintCopy.copy(sample(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void applyEdits(Path dir, List<String> edits) throws IOException {
        Path file = null;
        List<String> minus = new ArrayList<>();
        List<String> plus = new ArrayList<>();
        for (String line : edits) {
            if (line.startsWith("@@ ") || line.startsWith("-") && !plus.isEmpty()) {
                replace(file, minus, plus);
            }
            if (line.startsWith("@@ ")) {
                file = dir.resolve(line.substring(3).trim());
            } else if (line.startsWith("-")) {
                minus.add(line.substring(1));
            } else if (line.startsWith("+")) {
                plus.add(line.substring(1));
            }
        }
        replace(file, minus, plus);
    }

    private static void replace(Path file, List<String> minus, List<String> plus) throws IOException {
        if (minus.isEmpty() && plus.isEmpty()) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String old = String.join("\n", minus) + "\n";
        if (!text.contains(old)) {
            throw new IllegalStateException(file + " does not contain:\n" + old);
        }
        String replacement = plus.isEmpty() ? "" : String.join("\n", plus) + "\n";
        Files.writeString(file, text.replace(old, replacement), StandardCharsets.UTF_8);
        minus.clear();
        plus.clear();
    }
}
