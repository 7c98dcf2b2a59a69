package io.blueprintstudio.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.blueprintstudio.blueprint.Blueprint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken blueprint (the sample with one flaw, see {@link SampleBlueprints}) gives exactly its expected
 * diagnostics at the right place: every expected one appears, and no other error does.
 */
class BrokenBlueprintsTest {
    @TempDir
    Path dir;

    static List<String> cases() throws Exception {
        return SampleBlueprints.brokenCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flawGivesExactlyItsDiagnostics(String name) throws Exception {
        Path bp = SampleBlueprints.broken(name, dir);
        List<Diagnostic> found = BlueprintValidator.validate(Blueprint.load(bp));
        Set<String> expected = Files.readAllLines(SampleBlueprints.caseFolder(name).resolve("expected.txt"),
                StandardCharsets.UTF_8).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(expected.isEmpty(), "a case names at least one diagnostic");
        Set<String> missing = expected.stream().filter(e -> found.stream().noneMatch(d -> matches(e, d)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> otherErrors = found.stream().filter(d -> d.severity() == Severity.ERROR)
                .filter(d -> expected.stream().noneMatch(e -> matches(e, d))).map(BrokenBlueprintsTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        String all = found.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
        assertEquals(Set.of(), missing, "expected diagnostics not found; found:\n" + all);
        assertEquals(Set.of(), otherErrors, "errors not expected; found:\n" + all);
    }

    /** {@code CODE file:line:column}, optionally followed by {@code | text the message contains}. */
    static boolean matches(String expected, Diagnostic d) {
        int bar = expected.indexOf(" | ");
        String key = bar < 0 ? expected : expected.substring(0, bar);
        return key.equals(key(d)) && (bar < 0 || d.message().contains(expected.substring(bar + 3)));
    }

    static String key(Diagnostic d) {
        return d.code() + " " + d.file() + ":" + d.line() + ":" + d.column();
    }
}
