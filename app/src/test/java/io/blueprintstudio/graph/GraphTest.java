package io.blueprintstudio.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.asl.AslParseException;
import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.asl.Seed;
import io.blueprintstudio.graph.GraphLayout.NodeBox;
import io.blueprintstudio.graph.StateMachineGraph.EdgeKind;
import io.blueprintstudio.validate.asl.AslValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphTest {

    @Test
    void seedGraphHasItsStatesTransitionsAndLabels() throws AslParseException {
        StateMachineGraph g = StateMachineGraph.of(AslReader.read(Seed.json()));
        assertEquals(List.of("start", "/States/Lambda CSV to Parquet", "/States/Passed or Failed?",
                "/States/Report Result", "end"), g.allNodes().stream().map(StateMachineGraph.Node::id).toList());
        assertEquals(List.of(
                "NEXT Lambda CSV to Parquet -> Passed or Failed? ''",
                "CHOICE Passed or Failed? -> Report Result '$.status == \"passed\"'",
                "CHOICE Passed or Failed? -> Report Result '$.status == \"failed\"'",
                "START start -> Lambda CSV to Parquet ''",
                "END Report Result -> end ''"),
                g.edges().stream().map(e -> e.kind() + " " + name(e.source()) + " -> " + name(e.target()) + " '"
                        + e.label() + "'").toList());
    }

    @Test
    void seedLayoutIsWrittenAsSvgAndPng() throws Exception {
        GraphLayout l = GraphLayouter.layout(StateMachineGraph.of(AslReader.read(Seed.yamlDefinition())));
        assertNoOverlaps(l);
        assertEquals(5, l.nodes().size());
        for (GraphLayout.EdgePath e : l.edges()) {
            assertTrue(e.points().size() >= 2, e.toString());
        }
        Path dir = Path.of("target/graph");
        Files.createDirectories(dir);
        String svg = SvgExporter.toSvg(l);
        assertTrue(svg.contains("$.status == &quot;passed&quot;"), svg);
        assertTrue(svg.contains(">Choice</text>"), svg);
        Files.writeString(dir.resolve("seed.svg"), svg);
        PngExporter.write(l, 2.0, dir.resolve("seed.png"));
        assertTrue(Files.size(dir.resolve("seed.png")) > 1000);
    }

    @Test
    void nestedParallelAndMapBecomeCompoundNodes() throws Exception {
        String json = Seed.resource("/asl/valid/nested-parallel-in-map.json");
        StateMachineGraph g = StateMachineGraph.of(AslReader.read(json));
        StateMachineGraph.Node map = g.nodes().get(1);
        assertEquals(StateMachineGraph.NodeKind.MAP, map.kind());
        StateMachineGraph.Node parallel = map.children().get(0);
        assertEquals(StateMachineGraph.NodeKind.PARALLEL, parallel.kind());
        assertEquals(List.of("Branch 1", "Branch 2"), parallel.children().stream().map(StateMachineGraph.Node::label).toList());
        GraphLayout l = GraphLayouter.layout(g);
        assertNoOverlaps(l);
        NodeBox mapBox = box(l, map.id());
        for (NodeBox b : l.nodes()) {
            if (b.depth() > 0) {
                assertTrue(mapBox.contains(b), b + " outside " + mapBox);
            }
        }
        Path dir = Path.of("target/graph");
        Files.createDirectories(dir);
        PngExporter.write(l, 2.0, dir.resolve("nested.png"));
        GraphLayout rc = GraphLayouter.layout(StateMachineGraph.of(AslReader.read(
                Seed.resource("/asl/valid/retry-catch.json"))));
        assertTrue(rc.edges().stream().anyMatch(e -> e.kind() == EdgeKind.CATCH && e.label().equals("catch States.TaskFailed")));
        PngExporter.write(rc, 2.0, dir.resolve("retry-catch.png"));
    }

    @Test
    void threeHundredStatesLayOutWithoutOverlaps() throws Exception {
        var machine = AslReader.read(SyntheticMachines.json(300));
        assertFalse(AslValidator.hasErrors(AslValidator.validate(machine, "synthetic.json")));
        GraphLayout l = GraphLayouter.layout(StateMachineGraph.of(machine));
        assertTrue(l.nodes().size() > 300, "" + l.nodes().size());
        assertNoOverlaps(l);
    }

    static void assertNoOverlaps(GraphLayout l) {
        List<String> overlaps = new ArrayList<>();
        List<NodeBox> n = l.nodes();
        for (int i = 0; i < n.size(); i++) {
            for (int j = i + 1; j < n.size(); j++) {
                NodeBox a = n.get(i);
                NodeBox b = n.get(j);
                if (a.overlaps(b) && !a.contains(b) && !b.contains(a)) {
                    overlaps.add(a.label() + " / " + b.label());
                }
                if (a.depth() == b.depth() && a.overlaps(b) && (a.contains(b) || b.contains(a))) {
                    overlaps.add(a.label() + " over " + b.label());
                }
            }
        }
        assertEquals(List.of(), overlaps);
    }

    private static NodeBox box(GraphLayout l, String id) {
        return l.nodes().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    private static String name(String id) {
        return id.startsWith("/States/") ? id.substring("/States/".length()) : id;
    }
}
