package io.blueprintstudio.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.asl.AslJson;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.Resolver;
import io.blueprintstudio.graph.GraphLayout;
import io.blueprintstudio.graph.GraphLayout.NodeBox;
import io.blueprintstudio.graph.SyntheticMachines;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.ui.convert.FrameGaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GraphViewTest {
    @TempDir
    Path dir;
    private GraphViewModel vm;
    private GraphView view;
    private TextArea editor;
    private Stage stage;

    @BeforeAll
    static void display() {
        FxTesting.requireDisplay();
    }

    /** The graph beside a plain text editor that feeds it on every change, as the YAML editor will. */
    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new GraphViewModel();
        view = new GraphView(vm);
        editor = new TextArea();
        editor.setId("asl-editor");
        editor.textProperty().addListener((o, was, text) -> vm.setDefinition(text));
        SplitPane split = new SplitPane(editor, view);
        split.setDividerPositions(0.3);
        stage.setScene(new Scene(split, 1400, 850));
        stage.show();
    }

    @Test
    void clickingAStateOfTheSampleShowsItsDefinitionAndResolvedResource(FxRobot robot) throws Exception {
        Blueprint bp = Blueprint.load(FxTesting.sampleBlueprint());
        BlueprintModule module = StateDetailsTest.stepFunctionModule(bp);
        var node = StateDetailsTest.definition(module).rawStepFunctionDef().orElseThrow().node();
        String json = AslJson.toJson(node);
        robot.interact(() -> {
            vm.resolverProperty().set(Resolver.forModule(bp, module, Resolver.Target.UNKNOWN, Map.of()));
            editor.setText(json);
            // The YAML node itself supersedes the text: the path the blueprint screens take.
            vm.setDefinition(() -> node);
        });
        waitFor(() -> vm.modelProperty().get() != null);

        robot.clickOn(centre("Lambda CSV to Parquet"));

        assertEquals("Lambda CSV to Parquet  ·  Task", text(robot, "#details-title"));
        assertEquals("$.status", text(robot, "#details-resultpath"));
        assertEquals("{{resolve:ssm:/bps-sample/sales/lambda/lambda/lambda_csv_parquet/arn}}",
                text(robot, "#details-resolved"));
        assertTrue(robot.lookup("#details-json").queryTextInputControl().getText().contains("\"InputPath\""));
        FxTesting.screenshot(stage.getScene(), "graph-sample-details");

        robot.clickOn(centre("Passed or Failed?"));
        assertEquals("Passed or Failed?  ·  Choice", text(robot, "#details-title"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertEquals(null, vm.detailsProperty().get());
    }

    @Test
    void editingTheAslRedrawsTheGraphAndABrokenEditKeepsTheLastGraph(FxRobot robot) throws Exception {
        String sample = AslJson.toJson(StateDetailsTest.definition(StateDetailsTest.stepFunctionModule(
                Blueprint.load(FxTesting.sampleBlueprint()))).rawStepFunctionDef().orElseThrow().node());
        robot.interact(() -> editor.setText(sample));
        waitFor(() -> vm.modelProperty().get() != null && !vm.busyProperty().get());
        GraphLayout before = vm.modelProperty().get().layout();
        assertEquals(-1, find(before, "Archive"));

        // Report Result now goes on to a new Archive state instead of ending.
        String edited = sample.replace("\"End\" : true", "\"Next\" : \"Archive\"")
                .replaceFirst("\\}\\s*\\}\\s*$", ", \"Archive\" : { \"Type\" : \"Pass\", \"End\" : true } } }");
        robot.interact(() -> editor.setText(edited));
        waitFor(() -> !vm.busyProperty().get() && find(vm.modelProperty().get().layout(), "Archive") >= 0);
        assertTrue(vm.errorProperty().get().isEmpty(), vm.errorProperty().get());
        robot.clickOn(centre("Archive"));
        assertEquals("Archive  ·  Pass", text(robot, "#details-title"));
        FxTesting.screenshot(stage.getScene(), "graph-edited");

        GraphLayout good = vm.modelProperty().get().layout();
        robot.interact(() -> editor.setText(edited.replace("\"Archive\" : {", "\"Archive\" : ")));
        waitFor(() -> !vm.busyProperty().get() && !vm.errorProperty().get().isEmpty());
        assertSame(good, vm.modelProperty().get().layout());
        String shown = text(robot, "#graph-error");
        assertTrue(shown.contains("line ") && shown.contains("Showing the last graph"), shown);
        FxTesting.screenshot(stage.getScene(), "graph-broken");
        assertNotSame(before, good);
    }

    @Test
    void threeHundredStatesRenderFitAndCull(FxRobot robot) throws Exception {
        String json = SyntheticMachines.json(300);
        long started = System.nanoTime();
        robot.interact(() -> editor.setText(json));
        waitFor(() -> vm.modelProperty().get() != null);
        long shownMs = (System.nanoTime() - started) / 1_000_000;
        GraphLayout layout = vm.modelProperty().get().layout();

        robot.clickOn("#fit");
        assertTrue(view.scale() < 0.5, "fit zooms out: " + view.scale());
        assertEquals(layout.nodes().size(), view.lastDrawnNodes());
        double fitDraw = redrawMillis(robot);
        FxTesting.screenshot(stage.getScene(), "graph-300-fit");

        robot.clickOn("#graph-canvas");
        FrameGaps frames = new FrameGaps();
        robot.interact(frames::start);
        double atFit = view.scale();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(atFit * Viewport.STEP, view.scale(), 1e-9);
        while (view.scale() < 1) {
            robot.clickOn("#zoom-in");
        }
        assertTrue(view.scale() > 1, "zoomed in: " + view.scale());
        assertTrue(view.lastDrawnNodes() < layout.nodes().size() / 4, "culled: " + view.lastDrawnNodes());
        double zoomedDraw = redrawMillis(robot);
        robot.drag("#graph-canvas").moveBy(-300, -200).release(javafx.scene.input.MouseButton.PRIMARY);
        robot.interact(frames::stop);
        FxTesting.screenshot(stage.getScene(), "graph-300-zoomed");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(layout.nodes().size(), view.lastDrawnNodes());
        System.out.printf("300 states (%d nodes, %d edges): definition to graph %d ms (layout %d ms); "
                + "redraw at fit %.1f ms, zoomed in %.1f ms; longest frame gap while zooming and panning %.0f ms%n",
                layout.nodes().size(), layout.edges().size(), shownMs, vm.modelProperty().get().layoutMillis(), fitDraw,
                zoomedDraw, frames.longestMillis());
    }

    @Test
    void stateStylesColourTheirStates(FxRobot robot) throws Exception {
        robot.interact(() -> editor.setText(SyntheticMachines.json(12)));
        waitFor(() -> vm.modelProperty().get() != null);
        NodeBox s1 = vm.modelProperty().get().layout().nodes().get(find(vm.modelProperty().get().layout(), "S1"));
        Point2D inside = view.toView(s1.x() + 6, s1.y() + s1.height() / 2);
        assertEquals(GraphPalette.fill("Task"), pixel(robot, inside));

        robot.interact(() -> vm.stateStyles().put("S1", GraphPalette.FAILED));
        assertEquals(GraphPalette.of("Task", GraphPalette.FAILED).fill(), pixel(robot, inside));
        robot.interact(() -> vm.stateStyles().put("S2", GraphPalette.RUNNING));
        FxTesting.screenshot(stage.getScene(), "graph-state-styles");
        robot.interact(() -> vm.stateStyles().clear());
        assertEquals(GraphPalette.fill("Task"), pixel(robot, inside));
    }

    @Test
    void aBurstOfEditsLaysOutOnceForTheLastOne(FxRobot robot) throws Exception {
        int[] graphs = {0};
        robot.interact(() -> vm.modelProperty().addListener((o, was, m) -> graphs[0]++));
        robot.interact(() -> {
            for (int n = 10; n < 30; n++) {
                editor.setText(SyntheticMachines.json(n));
            }
        });
        waitFor(() -> !vm.busyProperty().get());
        assertEquals(29, vm.modelProperty().get().states().size());
        assertTrue(graphs[0] <= 2, "superseded definitions were laid out: " + graphs[0]);
    }

    @Test
    void exportsPngAndSvg(FxRobot robot) throws Exception {
        robot.interact(() -> vm.setDefinition(SyntheticMachines.json(30)));
        waitFor(() -> vm.modelProperty().get() != null);
        Path png = dir.resolve("g.png");
        Path svg = dir.resolve("g.svg");
        robot.interact(() -> {
            vm.exportPng(png);
            vm.exportSvg(svg);
        });
        waitFor(() -> vm.statusProperty().get().contains("g.svg"));
        assertTrue(Files.size(png) > 1000, "png written");
        assertTrue(Files.readString(svg).contains("<svg"), "svg written");
    }

    private Point2D centre(String label) {
        GraphLayout l = vm.modelProperty().get().layout();
        NodeBox n = l.nodes().get(find(l, label));
        Point2D scene = view.toView(n.x() + n.width() / 2, n.y() + n.height() / 2);
        return new Point2D(stage.getX() + stage.getScene().getX() + scene.getX(),
                stage.getY() + stage.getScene().getY() + scene.getY());
    }

    private static int find(GraphLayout l, String label) {
        for (int i = 0; i < l.nodes().size(); i++) {
            if (l.nodes().get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private double redrawMillis(FxRobot robot) {
        double[] best = {Double.MAX_VALUE};
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> {
                view.redraw();
                best[0] = Math.min(best[0], view.lastDrawMillis());
            });
        }
        return best[0];
    }

    private Color pixel(FxRobot robot, Point2D scenePoint) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)));
        return img.getPixelReader().getColor((int) scenePoint.getX(), (int) scenePoint.getY());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
