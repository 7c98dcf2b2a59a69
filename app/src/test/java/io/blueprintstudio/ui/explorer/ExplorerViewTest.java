package io.blueprintstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.ui.BlueprintSession;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.MainWindow;
import io.blueprintstudio.validate.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExplorerViewTest {
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        FxTesting.requireDisplay();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, FxTesting.freshSettings(), FxTesting.sampleBlueprint());
        window.show();
    }

    @Test
    void showsTheSamplesModulesWithTheirFilesAndProblemCounts(FxRobot robot) throws Exception {
        BlueprintSession session = FxTesting.openAndWait(robot, window, FxTesting.copyOfSample(dir));
        ExplorerItem root = session == null ? null : robot.lookup("#explorer-tree")
                .queryAs(javafx.scene.control.TreeView.class).getRoot().getValue() instanceof ExplorerItem i ? i : null;
        List<String> groups = root.children().stream().map(ExplorerItem::label).toList();
        assertEquals(List.of("Blueprint", "roles", "project", "lambda", "stepfunction"), groups);

        List<Diagnostic> diagnostics = session.diagnostics();
        long inStepFunction = diagnostics.stream().filter(d -> d.file().equals("stepfunctions/stepfunction.yaml"))
                .count();
        assertTrue(inStepFunction > 0, "the sample has notes in its step function: " + diagnostics);
        ExplorerItem sf = root.children().get(4).children().get(0);
        assertEquals("stepfunction.yaml", sf.label());
        assertEquals(inStepFunction, sf.problems());
        assertEquals(inStepFunction, root.children().get(4).problems());
        Set<String> badges = robot.lookup(".problem-badge").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
        assertEquals(Set.of(Long.toString(inStepFunction)), badges);
        FxTesting.screenshot(stage.getScene(), "explorer");

        // Breaking a value adds to the count, on the file and its module.
        robot.interact(() -> session.edit(ed -> ed.setScalar("stepfunctions/stepfunction.yaml",
                "/stepfunctionDefinitions/0/rawStepFunctionDef/States/Lambda CSV to Parquet/Next", "Nowhere")));
        FxTesting.await("the new problem counted", () -> item("stepfunction.yaml").problems() > inStepFunction,
                session.diagnostics()::toString);
        assertTrue(item("stepfunction.yaml").errors() > 0);
        assertTrue(item("stepfunction.yaml").dirty());

        // Double-clicking a file opens it in the editor.
        robot.doubleClickOn(robot.lookup(".explorer-file").match((Label l) -> l.getText().endsWith("lambda.yaml"))
                .queryAs(Label.class));
        FxTesting.await("lambda.yaml open", () -> window.session() != null && "stepfunctions/lambda.yaml".equals(
                ((javafx.scene.control.TabPane) robot.lookup("#editor-tabs").query()).getSelectionModel()
                        .getSelectedItem().getText()));
        FxTesting.screenshot(stage.getScene(), "explorer-after-break");
    }

    private ExplorerItem item(String label) {
        javafx.scene.control.TreeView<?> tree = (javafx.scene.control.TreeView<?>) stage.getScene().lookup(
                "#explorer-tree");
        return find(tree.getRoot(), label);
    }

    private static ExplorerItem find(TreeItem<?> at, String label) {
        if (at.getValue() instanceof ExplorerItem i && i.label().equals(label)) {
            return i;
        }
        for (TreeItem<?> c : at.getChildren()) {
            ExplorerItem r = find(c, label);
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
