package io.blueprintstudio.graph;

import java.util.List;

/** A laid-out graph in absolute coordinates (pixels at scale 1, origin top left), ready to draw. */
public record GraphLayout(double width, double height, List<NodeBox> nodes, List<EdgePath> edges) {
    public GraphLayout {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public record Point(double x, double y) {
    }

    /** A node's rectangle; {@code depth} is 0 for top-level nodes, parents come before their children. */
    public record NodeBox(String id, String label, StateMachineGraph.NodeKind kind, String stateType, double x,
            double y, double width, double height, int depth) {
        public boolean contains(NodeBox o) {
            return o.x >= x && o.y >= y && o.x + o.width <= x + width && o.y + o.height <= y + height;
        }

        public boolean overlaps(NodeBox o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    /** An edge's polyline (start, bends, end) and its label's box (zero-sized when there is no label). */
    public record EdgePath(String id, String source, String target, StateMachineGraph.EdgeKind kind, String label,
            List<Point> points, double labelX, double labelY, double labelWidth, double labelHeight) {
        public EdgePath {
            points = List.copyOf(points);
        }
    }
}
