package io.blueprintstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.ui.editor.YamlEditorViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The session and the editor's view-model without views (they need the FX thread, not a window). */
@ExtendWith(ApplicationExtension.class)
class BlueprintSessionTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        FxTesting.requireDisplay();
    }

    @Test
    void brokenMdaaTextStaysInTheEditorIsReportedAndIsNotSavedUntilUndone(FxRobot robot) throws Exception {
        Path bp = FxTesting.copyOfSample(dir);
        String original = Files.readString(bp.resolve(Blueprint.MDAA_FILE));
        BlueprintSession.Loaded loaded = BlueprintSession.load(bp);
        List<Object> out = new ArrayList<>();
        robot.interact(() -> {
            BlueprintSession s = new BlueprintSession(loaded.editor(), loaded.diagnostics(), new BackgroundWork());
            YamlEditorViewModel vm = new YamlEditorViewModel(s, Blueprint.MDAA_FILE);
            out.add(s);
            out.add(vm);
            vm.typed(original.replace("domains:", "domains: ["));
            assertTrue(s.isDirty(), "dirty from the first keystroke");
            vm.commit();
        });
        BlueprintSession s = (BlueprintSession) out.get(0);
        YamlEditorViewModel vm = (YamlEditorViewModel) out.get(1);
        robot.interact(() -> {
            assertTrue(vm.textProperty().get().contains("domains: ["), "the typed text stays");
            assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("YAML-SYNTAX")
                    && d.file().equals(Blueprint.MDAA_FILE)), s.diagnostics().toString());
            assertTrue(s.isDirty());
            IOException e = assertThrows(IOException.class, s::save);
            assertTrue(e.getMessage().contains("does not parse"), e.getMessage());
            assertFalse(s.canRedoProperty().get());
            s.undo();
            assertEquals(original, vm.textProperty().get(), "undo drops the broken text");
            assertFalse(s.isDirty());
        });
        assertEquals(original, Files.readString(bp.resolve(Blueprint.MDAA_FILE)));
    }

    @Test
    void typingPausesMakeUndoStepsAndUndoRestoresTheEditorsText(FxRobot robot) throws Exception {
        Path bp = FxTesting.copyOfSample(dir);
        BlueprintSession.Loaded loaded = BlueprintSession.load(bp);
        String file = "stepfunctions/lambda.yaml";
        List<Object> out = new ArrayList<>();
        robot.interact(() -> {
            BlueprintSession s = new BlueprintSession(loaded.editor(), loaded.diagnostics(), new BackgroundWork());
            out.add(s);
            out.add(new YamlEditorViewModel(s, file));
        });
        BlueprintSession s = (BlueprintSession) out.get(0);
        YamlEditorViewModel vm = (YamlEditorViewModel) out.get(1);
        String original = vm.textProperty().get();
        robot.interact(() -> {
            vm.typed(original + "# a");
            vm.typed(original + "# ab"); // same burst: one step
        });
        FxTesting.await("the burst committed", () -> s.canUndoProperty().get());
        robot.interact(() -> vm.typed(original + "# abc"));
        FxTesting.await("the second burst committed", () -> s.text(file).orElseThrow().endsWith("# abc"));
        robot.interact(() -> {
            s.undo();
            assertEquals(original + "# ab", vm.textProperty().get());
            s.undo();
            assertEquals(original, vm.textProperty().get());
            assertFalse(s.canUndoProperty().get());
            s.redo();
            assertEquals(original + "# ab", vm.textProperty().get());
            assertEquals("Undo Edit " + file, s.undoTextProperty().get());
        });
    }
}
