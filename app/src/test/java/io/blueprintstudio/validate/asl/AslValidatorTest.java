package io.blueprintstudio.validate.asl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.asl.AslParseException;
import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.asl.Seed;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AslValidatorTest {

    @Test
    void theSeedHasNoErrorsAWarningForItsChoiceAndANoteForItsPlaceholder() throws AslParseException {
        List<Diagnostic> d = AslValidator.validate(AslReader.read(Seed.yamlDefinition()),
                "stepfunctions/stepfunction.yaml");
        assertEquals(List.of(
                "stepfunctions/stepfunction.yaml:24:25: note: Resource of \"Lambda CSV to Parquet\" is a placeholder "
                        + "({{resolve:ssm:/{{org}}/{{domain}}/lambda/lambda/lambda_csv_parquet/arn}}), resolved at "
                        + "deployment; its ARN is checked then [ASL-RESOURCE-PLACEHOLDER]",
                "stepfunctions/stepfunction.yaml:29:32: warning: Choice \"Passed or Failed?\" has no Default: when no "
                        + "rule matches, the execution fails with States.NoChoiceMatched [ASL-CHOICE-NO-DEFAULT]"),
                d.stream().map(x -> x.toString().lines().findFirst().orElseThrow()).toList());
        assertEquals("/States/Passed or Failed?", d.get(1).pointer());
    }

    /** Golden: each invalid corpus file's first error code is in its expected file, pointer and line included. */
    @Test
    void everyInvalidFileReportsTheExpectedErrors() throws Exception {
        StringBuilder actual = new StringBuilder();
        Set<String> codes = new HashSet<>();
        for (Path f : AslCorpus.files("invalid")) {
            List<Diagnostic> d = AslValidator.validateJson(Files.readString(f), f.getFileName().toString());
            for (Diagnostic x : d) {
                if (x.severity() == Severity.ERROR) {
                    actual.append(x.file()).append(':').append(x.line()).append(':').append(x.column()).append(' ')
                            .append(x.code()).append(' ').append(x.pointer()).append('\n');
                    codes.add(x.code());
                }
            }
        }
        Path golden = AslCorpus.dir("invalid").resolve("../expected-errors.txt");
        String expected = Files.exists(golden) ? Files.readString(golden) : "";
        if (!expected.equals(actual.toString())) {
            Path out = Path.of("target/asl/expected-errors.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual);
        }
        assertEquals(expected, actual.toString(), "golden differs; new output in target/asl/expected-errors.txt");
        assertTrue(codes.size() >= 14, codes.toString());
    }

    @Test
    void validFilesHaveNoErrors() throws Exception {
        for (Path f : AslCorpus.files("valid")) {
            List<Diagnostic> d = AslValidator.validateJson(Files.readString(f), f.getFileName().toString());
            assertFalse(AslValidator.hasErrors(d), f + " " + d);
        }
    }

    @Test
    void parseErrorsAreOneDiagnosticWithPosition() {
        List<Diagnostic> d = AslValidator.validateJson("{\"StartAt\": \"A\",\n \"States\": {]}", "x.json");
        assertEquals(1, d.size());
        assertEquals("ASL-PARSE", d.get(0).code());
        assertEquals(2, d.get(0).line());
        assertEquals(13, d.get(0).column());
    }

    @Test
    void contextPathsVariablesAndIntrinsicsAreAcceptedBadOnesAreNot() {
        assertTrue(AslPaths.dynamicValueProblem("$$.Execution.Input.key").isEmpty());
        assertTrue(AslPaths.dynamicValueProblem("States.Format('a {} b', States.JsonToString($.x))").isEmpty());
        assertTrue(AslPaths.dynamicValueProblem("States.Array($.a, 'x,y', 3)").isEmpty());
        assertFalse(AslPaths.dynamicValueProblem("States.Nope($.a)").isEmpty());
        assertFalse(AslPaths.dynamicValueProblem("States.Format('unterminated, $.a)").isEmpty());
        assertFalse(AslPaths.dynamicValueProblem("$.a[").isEmpty());
        assertFalse(AslPaths.pathProblem("$..a", true).isEmpty());
        assertTrue(AslPaths.pathProblem("$..a", false).isEmpty());
        assertTrue(AslPaths.pathProblem("$.a['b c'][0]", true).isEmpty());
    }

    @Test
    void retryRulesBeyondAslValidator() throws AslParseException {
        String json = "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":"
                + "\"arn:aws:lambda:eu-west-1:123456789012:function:f\",\"Retry\":["
                + "{\"ErrorEquals\":[\"States.ALL\",\"X\"],\"BackoffRate\":0.5},{\"ErrorEquals\":[]}],\"End\":true}}}";
        List<String> messages = AslValidator.validate(AslReader.read(json), "r.json").stream()
                .map(Diagnostic::message).toList();
        assertTrue(messages.contains("States.ALL must be the only error name in its ErrorEquals"), messages.toString());
        assertTrue(messages.contains("the Retry entry with States.ALL must be the last one"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("BackoffRate")), messages.toString());
        assertTrue(messages.contains("ErrorEquals must be a non-empty array of error names"), messages.toString());
    }

    @Test
    void everyRuleHasAUniqueStableCode() {
        Set<String> codes = new HashSet<>();
        for (AslRule r : AslValidator.rules()) {
            assertTrue(r.code().matches("ASL-[A-Z-]+"), r.code());
            assertTrue(codes.add(r.code()), r.code());
            assertFalse(r.description().isBlank());
        }
    }
}
