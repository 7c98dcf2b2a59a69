package io.blueprintstudio.graph;

import io.blueprintstudio.graph.GraphLayout.EdgePath;
import io.blueprintstudio.graph.GraphLayout.NodeBox;
import io.blueprintstudio.graph.GraphLayout.Point;
import io.blueprintstudio.graph.StateMachineGraph.Node;
import io.blueprintstudio.graph.StateMachineGraph.NodeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link StateMachineGraph} out with Eclipse ELK's layered algorithm (top to bottom, orthogonal edges),
 * in plain Java: no OSGi, the layered provider registered once by hand.
 */
public final class GraphLayouter {
    private static volatile boolean registered;

    private GraphLayouter() {
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    public static GraphLayout layout(StateMachineGraph graph) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        configure(root);

        Map<String, ElkNode> elk = new HashMap<>();
        Map<ElkNode, Node> back = new HashMap<>();
        for (Node n : graph.nodes()) {
            add(root, n, elk, back);
        }
        Map<String, ElkEdge> edges = new HashMap<>();
        for (StateMachineGraph.Edge e : graph.edges()) {
            ElkEdge ee = ElkGraphUtil.createSimpleEdge(elk.get(e.source()), elk.get(e.target()));
            ElkGraphUtil.updateContainment(ee);
            if (!e.label().isEmpty()) {
                ElkLabel l = ElkGraphUtil.createLabel(e.label(), ee);
                l.setDimensions(GraphStyle.edgeLabelWidth(e.label()), GraphStyle.edgeLabelHeight());
            }
            edges.put(e.id(), ee);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<NodeBox> boxes = new ArrayList<>();
        for (ElkNode child : root.getChildren()) {
            collect(child, 0, 0, 0, back, boxes);
        }
        List<EdgePath> paths = new ArrayList<>();
        for (StateMachineGraph.Edge e : graph.edges()) {
            ElkEdge ee = edges.get(e.id());
            paths.add(path(ee, e));
        }
        return new GraphLayout(root.getWidth(), root.getHeight(), boxes, paths);
    }

    private static void configure(ElkNode n) {
        n.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        n.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        n.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        n.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        n.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        n.setProperty(CoreOptions.SPACING_EDGE_EDGE, 12.0);
    }

    private static void add(ElkNode parent, Node n, Map<String, ElkNode> elk, Map<ElkNode, Node> back) {
        ElkNode e = ElkGraphUtil.createNode(parent);
        elk.put(n.id(), e);
        back.put(e, n);
        if (n.kind() == NodeKind.START || n.kind() == NodeKind.END) {
            e.setDimensions(GraphStyle.MARKER, GraphStyle.MARKER);
        } else if (n.children().isEmpty() && n.kind() == NodeKind.STATE) {
            double w = Math.max(GraphStyle.nameWidth(n.label()), GraphStyle.typeWidth(n.stateType()));
            e.setDimensions(Math.max(90, w + 2 * GraphStyle.PAD_X), GraphStyle.STATE_HEIGHT);
        } else {
            configure(e);
            e.setProperty(CoreOptions.PADDING, new ElkPadding(GraphStyle.COMPOUND_HEADER, 14, 14, 14));
            double w = Math.max(GraphStyle.nameWidth(n.label()) + GraphStyle.typeWidth(n.stateType()) + 40, 120);
            e.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new org.eclipse.elk.core.math.KVector(w, 70));
            e.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
                    java.util.EnumSet.of(org.eclipse.elk.core.options.SizeConstraint.MINIMUM_SIZE));
            e.setDimensions(w, 70);
            for (Node c : n.children()) {
                add(e, c, elk, back);
            }
        }
    }

    private static void collect(ElkNode e, double ox, double oy, int depth, Map<ElkNode, Node> back,
            List<NodeBox> into) {
        Node n = back.get(e);
        double x = ox + e.getX();
        double y = oy + e.getY();
        into.add(new NodeBox(n.id(), n.label(), n.kind(), n.stateType(), x, y, e.getWidth(), e.getHeight(), depth));
        for (ElkNode c : e.getChildren()) {
            collect(c, x, y, depth + 1, back, into);
        }
    }

    private static EdgePath path(ElkEdge ee, StateMachineGraph.Edge e) {
        double ax = 0;
        double ay = 0;
        for (ElkNode c = ee.getContainingNode(); c != null && c.getParent() != null; c = c.getParent()) {
            ax += c.getX();
            ay += c.getY();
        }
        final double ox = ax;
        final double oy = ay;
        List<Point> points = new ArrayList<>();
        if (!ee.getSections().isEmpty()) {
            ElkEdgeSection s = ee.getSections().get(0);
            points.add(new Point(ox + s.getStartX(), oy + s.getStartY()));
            s.getBendPoints().forEach(b -> points.add(new Point(ox + b.getX(), oy + b.getY())));
            points.add(new Point(ox + s.getEndX(), oy + s.getEndY()));
        }
        double lx = 0;
        double ly = 0;
        double lw = 0;
        double lh = 0;
        if (!ee.getLabels().isEmpty()) {
            ElkLabel l = ee.getLabels().get(0);
            lx = ox + l.getX();
            ly = oy + l.getY();
            lw = l.getWidth();
            lh = l.getHeight();
        }
        return new EdgePath(e.id(), e.source(), e.target(), e.kind(), e.label(), points, lx, ly, lw, lh);
    }
}
