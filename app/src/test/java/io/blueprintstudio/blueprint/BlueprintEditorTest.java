package io.blueprintstudio.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlueprintEditorTest {

    private static final String SF = "stepfunctions/stepfunction.yaml";

    @TempDir
    Path dir;

    /** The lines that differ between two texts of the same line count (a one-line edit keeps the count). */
    private static List<String> changedLines(String a, String b) {
        List<String> la = a.lines().toList();
        List<String> lb = b.lines().toList();
        assertEquals(la.size(), lb.size(), "line count changed");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < la.size(); i++) {
            if (!la.get(i).equals(lb.get(i))) {
                out.add((i + 1) + ": " + la.get(i) + " -> " + lb.get(i));
            }
        }
        return out;
    }

    @Test
    void savingOneChangedValueChangesExactlyOneLineAndKeepsComments() throws Exception {
        Path bp = TestBlueprints.copyOfSample(dir);
        String original = Files.readString(bp.resolve(SF));
        BlueprintEditor editor = BlueprintEditor.open(bp);
        editor.setScalar(SF, "/stepfunctionDefinitions/0/logGroupRetentionDays", 30);
        assertTrue(editor.isDirty());
        assertEquals(List.of(SF), editor.dirtyFiles());
        editor.save();
        assertFalse(editor.isDirty());

        String now = Files.readString(bp.resolve(SF));
        assertEquals(List.of("20:     logGroupRetentionDays: 0 ->     logGroupRetentionDays: 30"),
                changedLines(original, now));
        assertEquals(30, Blueprint.load(bp).modules(ModuleKind.DATAOPS_STEPFUNCTION).get(0).stepFunction()
                .orElseThrow().definitions().get(0).logGroupRetentionDays());
        for (String other : List.of("mdaa.yaml", "tags.yaml", "stepfunctions/lambda.yaml")) {
            assertEquals(Files.readString(TestBlueprints.sample().resolve(other)), Files.readString(bp.resolve(other)),
                    other + " was not changed and must not be rewritten");
        }
    }

    @Test
    void editsInsideTheJsonStepFunctionDefinitionKeepItsQuotes() throws Exception {
        Path bp = TestBlueprints.copyOfSample(dir);
        BlueprintEditor editor = BlueprintEditor.open(bp);
        String before = editor.blueprint().file(SF).orElseThrow().text();
        SourceNode next = editor.blueprint().modules(ModuleKind.DATAOPS_STEPFUNCTION).get(0)
                .source("/stepfunctionDefinitions/0/rawStepFunctionDef/States/Lambda CSV to Parquet/Next")
                .orElseThrow();
        editor.setScalar(next, "Report Result");
        String after = editor.blueprint().file(SF).orElseThrow().text();
        assertEquals(List.of("56:             \"Next\": \"Passed or Failed?\" ->             \"Next\": \"Report Result\""),
                changedLines(before, after));
    }

    @Test
    void newValuesAreQuotedOnlyWhenYamlNeedsIt() throws Exception {
        Path bp = TestBlueprints.copyOfSample(dir);
        BlueprintEditor editor = BlueprintEditor.open(bp);
        String fn = "/functions/0/";
        editor.setScalar("stepfunctions/lambda.yaml", fn + "description", "yes");
        editor.setScalar("stepfunctions/lambda.yaml", fn + "runtime", "java17");
        editor.setScalar("stepfunctions/lambda.yaml", fn + "handler", "a: b # not a comment");
        editor.setScalar("stepfunctions/lambda.yaml", fn + "environment/DEST_PREFIX", "plain/prefix");
        String text = editor.blueprint().file("stepfunctions/lambda.yaml").orElseThrow().text();
        assertTrue(text.contains("    description: yes\n"), "yes is a string in YAML 1.2 core: no quotes");
        assertTrue(text.contains("    runtime: java17\n"));
        assertTrue(text.contains("    handler: \"a: b # not a comment\"\n"));
        assertTrue(text.contains("      DEST_PREFIX: \"plain/prefix\"\n"), "a double-quoted value stays quoted");
        Map<String, Object> f = editor.blueprint().module("sales", "dev", "lambda").orElseThrow().lambda()
                .orElseThrow().functions().get(0).raw();
        assertEquals("yes", f.get("description"));
        assertEquals("a: b # not a comment", f.get("handler"));
    }

    @Test
    void undoAndRedoRestoreTheTextExactly() throws Exception {
        Path bp = TestBlueprints.copyOfSample(dir);
        BlueprintEditor editor = BlueprintEditor.open(bp);
        String original = editor.blueprint().file(SF).orElseThrow().text();
        assertFalse(editor.canUndo());
        long rev = editor.revision();

        editor.setScalar(SF, "/stepfunctionDefinitions/0/stateMachineType", "EXPRESS");
        editor.addMapEntry(SF, "/stepfunctionDefinitions/0/eventBridge", "description", "added");
        String changed = editor.blueprint().file(SF).orElseThrow().text();
        assertEquals("Add description to eventBridge", editor.jobs().undoDescription().orElseThrow());

        assertTrue(editor.undo());
        assertTrue(editor.undo());
        assertFalse(editor.undo());
        assertEquals(original, editor.blueprint().file(SF).orElseThrow().text());
        assertFalse(editor.isDirty());
        assertTrue(editor.canRedo());

        assertTrue(editor.redo());
        assertTrue(editor.redo());
        assertEquals(changed, editor.blueprint().file(SF).orElseThrow().text());
        assertEquals("EXPRESS", editor.blueprint().modules(ModuleKind.DATAOPS_STEPFUNCTION).get(0).stepFunction()
                .orElseThrow().definitions().get(0).stateMachineType());
        assertEquals(rev + 6, editor.revision());
    }

    @Test
    void mapEntriesAndListItemsAreAddedAndRemovedInPlace() throws Exception {
        Path bp = TestBlueprints.copyOfSample(dir);
        BlueprintEditor editor = BlueprintEditor.open(bp);
        String roles = "stepfunctions/roles.yaml";
        String original = editor.blueprint().file(roles).orElseThrow().text();

        editor.addListItem(roles, "/generateRoles/lambda-etl/awsManagedPolicies", "service-role/AWSXrayWriteOnlyAccess");
        editor.addListItem(roles, "/generateRoles/stepfunction/suppressions",
                Map.of("id", "AwsSolutions-IAM5", "reason", "wildcards are limited to the project"));
        editor.addMapEntry(roles, "/generateRoles", "reader", Map.of("trustedPrincipal", "service:glue.amazonaws.com"));
        RolesConfig view = editor.blueprint().module("sales", "dev", "roles").orElseThrow().roles().orElseThrow();
        assertEquals(List.of("service-role/AWSLambdaBasicExecutionRole", "service-role/AWSXrayWriteOnlyAccess"),
                view.generateRoles().get("lambda-etl").awsManagedPolicies());
        assertEquals("AwsSolutions-IAM5", view.generateRoles().get("stepfunction").suppressions().get(1).id());
        assertEquals("service:glue.amazonaws.com", view.generateRoles().get("reader").trustedPrincipal());

        editor.removeMapEntry(roles, "/generateRoles", "reader");
        editor.removeListItem(roles, "/generateRoles/stepfunction/suppressions", 1);
        editor.removeListItem(roles, "/generateRoles/lambda-etl/awsManagedPolicies", 1);
        assertEquals(original, editor.blueprint().file(roles).orElseThrow().text());

        String sf = "/stepfunctionDefinitions/0/rawStepFunctionDef/States/Report Result";
        editor.addMapEntry(SF, sf, "Comment", "publishes the status");
        editor.addListItem(SF, "/stepfunctionDefinitions/0/rawStepFunctionDef/States/Passed or Failed?/Choices",
                Map.of("Variable", "$.status", "StringEquals", "skipped", "Next", "Report Result"));
        Object choices = ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) editor.blueprint()
                .modules(ModuleKind.DATAOPS_STEPFUNCTION).get(0).stepFunction().orElseThrow().definitions().get(0)
                .rawStepFunctionDefValue()).get("States")).get("Passed or Failed?")).get("Choices");
        assertEquals(3, ((List<?>) choices).size());
        String withComment = editor.blueprint().file(SF).orElseThrow().text();
        assertTrue(withComment.contains("\"End\": true,\n            \"Comment\": \"publishes the status\""), withComment);
        editor.removeMapEntry(SF, sf, "Comment");
        editor.removeListItem(SF, "/stepfunctionDefinitions/0/rawStepFunctionDef/States/Passed or Failed?/Choices",
                2);
        assertEquals(Files.readString(bp.resolve(SF)), editor.blueprint().file(SF).orElseThrow().text());
    }

    @Test
    void aChangeToAMissingPlaceIsRefusedAndLeavesNoJob() throws Exception {
        BlueprintEditor editor = BlueprintEditor.open(TestBlueprints.copyOfSample(dir));
        assertThrows(IllegalArgumentException.class, () -> editor.setScalar(SF, "/nope/0", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> editor.setScalar(SF, "/stepfunctionDefinitions/0/eventBridge", "x"));
        assertThrows(IllegalArgumentException.class, () -> editor.replaceText(SF, "a: [", "broken"));
        assertFalse(editor.canUndo());
    }

    @Test
    void saveKeepsABackupOfThePreviousVersionAndLeavesNoTemporaryFiles() throws Exception {
        Path bp = TestBlueprints.copyOfSample(dir);
        String original = Files.readString(bp.resolve(SF));
        BlueprintEditor editor = BlueprintEditor.open(bp);
        editor.setScalar(SF, "/stepfunctionDefinitions/0/stateMachineName", "orders-to-parquet");
        editor.save();

        Path backup = bp.resolve(BlueprintEditor.BACKUP_DIR).resolve(SF);
        assertEquals(original, Files.readString(backup));
        assertNotEquals(original, Files.readString(bp.resolve(SF)));
        try (Stream<Path> all = Files.walk(bp)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .toList());
        }
        try (Stream<Path> backups = Files.walk(bp.resolve(BlueprintEditor.BACKUP_DIR))) {
            assertEquals(1, backups.filter(Files::isRegularFile).count(), "only changed files are backed up");
        }
    }

    @Test
    void saveRefusesToOverwriteAFileChangedOnDisk() throws Exception {
        Path bp = TestBlueprints.copyOfSample(dir);
        BlueprintEditor editor = BlueprintEditor.open(bp);
        editor.setScalar(SF, "/stepfunctionDefinitions/0/stateMachineName", "mine");
        Files.writeString(bp.resolve(SF), "projectName: theirs\n");
        java.io.IOException e = assertThrows(java.io.IOException.class, editor::save);
        assertTrue(e.getMessage().contains("changed on disk"), e.getMessage());
        assertEquals("projectName: theirs\n", Files.readString(bp.resolve(SF)));
    }

    @Test
    void jobManagerIsBoundedAndRefusesNestedJobs() {
        JobManager jobs = new JobManager(2);
        int[] value = {0};
        for (int i = 1; i <= 3; i++) {
            int v = i;
            jobs.push(new Job() {
                int previous;

                @Override
                public void execute() {
                    previous = value[0];
                    value[0] = v;
                }

                @Override
                public void undo() {
                    value[0] = previous;
                }

                @Override
                public void redo() {
                    value[0] = v;
                }

                @Override
                public String description() {
                    return "set " + v;
                }
            });
        }
        assertTrue(jobs.undo());
        assertTrue(jobs.undo());
        assertFalse(jobs.undo(), "only the last two are kept");
        assertEquals(1, value[0]);

        JobManager nested = new JobManager();
        Job inner = new Job() {
            @Override
            public void execute() {
            }

            @Override
            public void undo() {
            }

            @Override
            public void redo() {
            }

            @Override
            public String description() {
                return "inner";
            }
        };
        Job outer = new Job() {
            @Override
            public void execute() {
                nested.push(inner);
            }

            @Override
            public void undo() {
            }

            @Override
            public void redo() {
            }

            @Override
            public String description() {
                return "outer";
            }
        };
        assertThrows(IllegalStateException.class, () -> nested.push(outer));
        assertFalse(nested.canUndo());
    }
}
