package io.blueprintstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.ui.convert.ConvertView;
import io.blueprintstudio.ui.graph.GraphView;
import io.blueprintstudio.ui.graph.GraphViewModel;
import java.util.Map;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Graph and Convert screens as the main window opens them: from the menus' keys, following the blueprint. */
class ScreensInWindowTest extends WindowTest {
    private static final String SF = "stepfunctions/stepfunction.yaml";
    private static final String STATES = "/stepfunctionDefinitions/0/rawStepFunctionDef/States";


    @Test
    void theGraphFollowsTheBlueprintsAsl(FxRobot robot) throws Exception {
        BlueprintSession session = FxTesting.openAndWait(robot, window, FxTesting.copyOfSample(dir));
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        FxTesting.await("the graph tab", () -> selected() instanceof GraphView);
        GraphViewModel graph = ((GraphView) selected()).viewModel();
        FxTesting.await("the sample's three states laid out", () -> states(graph) == 3);

        // Edit the ASL: a new state the Choice's failed branch goes to.
        robot.interact(() -> session.edit(ed -> ed.addMapEntry(SF, STATES, "Log Failure",
                Map.of("Type", "Pass", "End", true))));
        FxTesting.await("the new state drawn", () -> states(graph) == 4 && graph.errorProperty().get().isEmpty(),
                () -> graph.errorProperty().get());
        FxTesting.screenshot(stage.getScene(), "graph-in-window");

        robot.interact(session::undo);
        FxTesting.await("undo takes it away again", () -> states(graph) == 3);
    }

    @Test
    void convertOpensFromTheToolsMenusKey(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        FxTesting.await("the Convert tab", () -> selected() instanceof ConvertView);
        assertEquals(1, tabs().getTabs().size());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(1, tabs().getTabs().size(), "a second press selects the open screen");
        assertTrue(selected() instanceof ConvertView);
        FxTesting.screenshot(stage.getScene(), "convert-in-window");
    }

    private static int states(GraphViewModel graph) {
        return graph.modelProperty().get() == null ? -1 : graph.modelProperty().get().states().size();
    }

    private TabPane tabs() {
        return (TabPane) stage.getScene().lookup("#editor-tabs");
    }

    private Object selected() {
        Tab t = tabs().getSelectionModel().getSelectedItem();
        return t == null ? null : t.getContent();
    }
}
