package io.blueprintstudio.blueprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample blueprint and small hand-written ones, for the tests of this package (and the sample's copies for all). */
public final class TestBlueprints {

    private TestBlueprints() {
    }

    /** {@code blueprints/stepfunction_orchestrator} at the repository root (tests run in {@code app/}). */
    public static Path sample() {
        Path p = Path.of("..", "blueprints", "stepfunction_orchestrator").toAbsolutePath().normalize();
        if (!Files.isRegularFile(p.resolve("mdaa.yaml"))) {
            throw new IllegalStateException("sample blueprint not found at " + p);
        }
        return p;
    }

    /** A copy of the sample in {@code dir}, so a test can change and save it. */
    static Path copyOfSample(Path dir) {
        try {
            return BlueprintCopy.copy(sample(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the sample in {@code dir}/blueprint whose Lambda jar path is absolute, so synthesis still finds the
     * jar from the copy.
     */
    public static Path copyOfSampleWithLambdaJar(Path dir) {
        try {
            Path copy = BlueprintCopy.copy(sample(), dir.resolve("blueprint"));
            Path jar = sample().resolve("../../converter-lambda/target/converter-lambda-0.1.0-SNAPSHOT-lambda.jar")
                    .normalize();
            Path lambda = copy.resolve("stepfunctions/lambda.yaml");
            Files.writeString(lambda, Files.readString(lambda).replaceAll("srcDir: .*", "srcDir: " + jar));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, String relative, String text) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-domain, one-env blueprint whose single module {@code mod} reads the given files. */
    static String mdaaWith(String modulePath, String... moduleConfigs) {
        StringBuilder s = new StringBuilder("""
                organization: org1
                context:
                  shared: global-value
                  overridden: from-global
                domains:
                  d1:
                    context:
                      overridden: from-domain
                    environments:
                      dev:
                        context:
                          overridden: from-env
                        modules:
                          mod:
                            module_path: "%s"
                            module_configs:
                """.formatted(modulePath));
        for (String c : moduleConfigs) {
            s.append("                  - ").append(c).append('\n');
        }
        return s.toString();
    }
}
