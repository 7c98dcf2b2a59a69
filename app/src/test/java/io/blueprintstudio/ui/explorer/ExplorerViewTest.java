package io.blueprintstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.ui.BlueprintSession;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.WindowTest;
import io.blueprintstudio.validate.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class ExplorerViewTest extends WindowTest {

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
        Set<String> badges = robot.lookup(".problem-badge").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .filter(l -> l.getParent() != null && l.getParent().getParent() != null
                        && l.getParent().getParent().isVisible()).map(Label::getText)
                .collect(Collectors.toSet());
        assertTrue(badges.contains(Long.toString(inStepFunction)), badges.toString());
        FxTesting.screenshot(stage.getScene(), "explorer");

        // Breaking a value adds to the count, on the file and its module.
        robot.interact(() -> session.edit(ed -> ed.setScalar("stepfunctions/stepfunction.yaml",
                "/stepfunctionDefinitions/0/rawStepFunctionDef/States/Lambda CSV to Parquet/Next", "Nowhere")));
        FxTesting.await("the new problem counted", () -> item("stepfunction.yaml").problems() > inStepFunction,
                session.diagnostics()::toString);
        assertTrue(item("stepfunction.yaml").errors() > 0);
        assertTrue(item("stepfunction.yaml").dirty());

        // Enter on a selected file opens it in the editor (double-click does the same; a robot's double click on
        // this loaded 2-core machine sometimes misses, so the test selects through the tree and uses the key).
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<ExplorerItem> tree = robot.lookup("#explorer-tree")
                .queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(treeItem(tree.getRoot(), "lambda.yaml"));
        });
        robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
        FxTesting.await("lambda.yaml open", () -> window.session() != null && "stepfunctions/lambda.yaml".equals(
                ((javafx.scene.control.TabPane) robot.lookup("#editor-tabs").query()).getSelectionModel()
                        .getSelectedItem().getText()), () -> ((javafx.scene.control.TabPane) robot.lookup(
                                "#editor-tabs").query()).getTabs().toString() + robot.lookup(".tree-cell")
                                .match((javafx.scene.control.TreeCell<?> c) -> c.getItem() instanceof ExplorerItem i
                                        && i.label().equals("lambda.yaml")).queryAll().stream()
                                .map(n -> n.isVisible() + " " + n.localToScreen(n.getBoundsInLocal())).toList());
        FxTesting.screenshot(stage.getScene(), "explorer-after-break");
    }

    @Test
    void newFromTheSampleCopiesItAndOpensTheCopyWhichBecomesRecent(FxRobot robot) throws Exception {
        io.blueprintstudio.ui.Settings settings = FxTesting.freshSettings();
        List<Path> opened = new java.util.ArrayList<>();
        List<String> reports = new java.util.ArrayList<>();
        io.blueprintstudio.ui.BackgroundWork work = new io.blueprintstudio.ui.BackgroundWork();
        ExplorerViewModel vm = new ExplorerViewModel(settings, work, FxTesting.sampleBlueprint(), opened::add,
                f -> { }, reports::add);
        java.nio.file.Files.createDirectories(dir.resolve("busy"));
        java.nio.file.Files.writeString(dir.resolve("busy/keep.txt"), "x");
        robot.interact(() -> vm.createFromSample(dir.resolve("busy")));
        FxTesting.await("the copy opened", () -> !opened.isEmpty(), reports::toString);
        assertEquals(dir.resolve("busy/stepfunction_orchestrator"), opened.get(0),
                "a folder that is not empty gets the blueprint in a new folder inside it");
        assertTrue(java.nio.file.Files.isRegularFile(opened.get(0).resolve("stepfunctions/stepfunction.yaml")));
        assertEquals("x", java.nio.file.Files.readString(dir.resolve("busy/keep.txt")));

        // The main window remembers what it opened: File > Open Recent and the Recent list show it.
        FxTesting.openAndWait(robot, window, opened.get(0));
        javafx.scene.control.ListView<?> recent = robot.lookup("#recent-list").queryListView();
        assertEquals(opened.get(0), recent.getItems().get(0));
    }

    private ExplorerItem item(String label) {
        javafx.scene.control.TreeView<?> tree = (javafx.scene.control.TreeView<?>) stage.getScene().lookup(
                "#explorer-tree");
        return find(tree.getRoot(), label);
    }

    private static TreeItem<ExplorerItem> treeItem(TreeItem<ExplorerItem> at, String label) {
        if (at.getValue().label().equals(label)) {
            return at;
        }
        for (TreeItem<ExplorerItem> c : at.getChildren()) {
            TreeItem<ExplorerItem> r = treeItem(c, label);
            if (r != null) {
                return r;
            }
        }
        return null;
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
