package io.blueprintstudio.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML editor's path into the model ({@link BlueprintEditor#editText}) and new blueprints from the sample. */
class TextEditTest {

    private static final String SF = "stepfunctions/stepfunction.yaml";

    @TempDir
    Path dir;

    @Test
    void typingThroughABrokenStateKeepsTheTextAndReportsTheSyntaxError() throws Exception {
        BlueprintEditor editor = BlueprintEditor.open(TestBlueprints.copyOfSample(dir));
        String good = editor.blueprint().file(SF).orElseThrow().text();
        String broken = good.replace("stepfunctionDefinitions:", "stepfunctionDefinitions: [");
        editor.editText(SF, broken, "Edit");
        assertEquals(broken, editor.blueprint().file(SF).orElseThrow().text());
        assertTrue(editor.blueprint().problems().stream().anyMatch(d -> d.code().equals("YAML-SYNTAX")
                && d.file().equals(SF)), () -> editor.blueprint().problems().toString());
        assertEquals(List.of(SF), editor.dirtyFiles());
        editor.undo();
        assertEquals(good, editor.blueprint().file(SF).orElseThrow().text());
        assertFalse(editor.isDirty());
    }

    @Test
    void aBrokenMdaaFileIsRefusedBecauseWithoutItThereIsNoBlueprint() throws Exception {
        BlueprintEditor editor = BlueprintEditor.open(TestBlueprints.copyOfSample(dir));
        assertThrows(IllegalArgumentException.class, () -> editor.editText(Blueprint.MDAA_FILE, "a: [", "Edit"));
        assertFalse(editor.canUndo());
    }

    @Test
    void aFileThatAnEditMakesUnreachableIsStillSaved() throws Exception {
        TestBlueprints.write(dir, "mdaa.yaml", TestBlueprints.mdaaWith("@aws-mdaa/roles", "./a.yaml"));
        TestBlueprints.write(dir, "a.yaml", "generateRoles: !include b.yaml\n");
        TestBlueprints.write(dir, "b.yaml", "r1: {}\n");
        BlueprintEditor editor = BlueprintEditor.open(dir);
        editor.editText("b.yaml", "r2: {}\n", "Edit b");
        editor.editText("a.yaml", "generateRoles: [\n", "Break a");
        assertEquals(List.of("a.yaml", "b.yaml"), editor.dirtyFiles().stream().sorted().toList());
        editor.save();
        assertEquals("r2: {}\n", Files.readString(dir.resolve("b.yaml")));
        assertEquals("generateRoles: [\n", Files.readString(dir.resolve("a.yaml")));
    }

    @Test
    void copyingTheSampleMakesAnEqualBlueprintAndNeverOverwrites() throws Exception {
        Path target = dir.resolve("new-blueprint");
        BlueprintCopy.copy(TestBlueprints.sample(), target);
        Blueprint copy = Blueprint.load(target);
        Blueprint sample = Blueprint.load(TestBlueprints.sample());
        assertEquals(sample.files().size(), copy.files().size());
        for (BlueprintFile f : sample.files()) {
            assertEquals(f.text(), copy.file(f.relativePath()).orElseThrow().text());
        }
        assertThrows(FileAlreadyExistsException.class, () -> BlueprintCopy.copy(TestBlueprints.sample(), target));
    }
}
