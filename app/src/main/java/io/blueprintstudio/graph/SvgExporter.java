package io.blueprintstudio.graph;

import io.blueprintstudio.graph.GraphLayout.EdgePath;
import io.blueprintstudio.graph.GraphLayout.NodeBox;
import io.blueprintstudio.graph.GraphLayout.Point;
import java.util.Locale;

/** Writes a {@link GraphLayout} as a standalone SVG document (hand-written XML, styles in one CSS block). */
public final class SvgExporter {
    private SvgExporter() {
    }

    public static String toSvg(GraphLayout g) {
        StringBuilder s = new StringBuilder(4096);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">%n",
                g.width(), g.height(), g.width(), g.height()));
        s.append("<style>\n")
                .append("  text { font-family: ").append(GraphStyle.FONT_FAMILY).append("; }\n")
                .append("  .name { font-size: 13px; font-weight: bold; fill: #1d1d1f; }\n")
                .append("  .type { font-size: 11px; fill: #555; }\n")
                .append("  .edge { fill: none; stroke-width: 1.4; }\n")
                .append("  .elabel { font-size: 11px; fill: #333; }\n")
                .append("  .compound { stroke-dasharray: 5 3; }\n")
                .append("</style>\n");
        s.append("<defs>\n");
        for (StateMachineGraph.EdgeKind k : StateMachineGraph.EdgeKind.values()) {
            s.append(String.format(Locale.ROOT, "  <marker id=\"arrow-%s\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
                    + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                    + "fill=\"%s\"/></marker>%n", k.name().toLowerCase(Locale.ROOT),
                    GraphStyle.hex(GraphStyle.edgeColor(k))));
        }
        s.append("</defs>\n");
        s.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", g.width(),
                g.height()));
        for (NodeBox n : g.nodes()) {
            node(s, n);
        }
        for (EdgePath e : g.edges()) {
            edge(s, e);
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static void node(StringBuilder s, NodeBox n) {
        s.append("<g id=\"").append(xml(n.id())).append("\"><title>").append(xml(n.label()))
                .append(n.stateType().isEmpty() ? "" : " (" + xml(n.stateType()) + ")").append("</title>");
        switch (n.kind()) {
            case START, END -> {
                double r = n.width() / 2;
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
                        n.x() + r, n.y() + r, r, n.kind() == StateMachineGraph.NodeKind.START ? "#2E8B3D" : "#333333"));
                if (n.kind() == StateMachineGraph.NodeKind.END) {
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                            + "stroke=\"#ffffff\" stroke-width=\"2\"/>", n.x() + r, n.y() + r, r - 4));
                }
            }
            case STATE -> {
                s.append(rect(n, 8, GraphStyle.fill(n.stateType()), GraphStyle.stroke(n.stateType()), ""));
                double cx = n.x() + n.width() / 2;
                s.append(text(cx, n.y() + 20, "middle", "name", n.label()));
                s.append(text(cx, n.y() + 36, "middle", "type", n.stateType()));
            }
            case PARALLEL, MAP, BRANCH -> {
                boolean branch = n.kind() == StateMachineGraph.NodeKind.BRANCH;
                s.append(rect(n, 10, branch ? java.awt.Color.WHITE : GraphStyle.fill(n.stateType()),
                        GraphStyle.stroke(n.stateType()), branch ? " class=\"compound\"" : ""));
                s.append(text(n.x() + 12, n.y() + 21, "start", branch ? "type" : "name", n.label()));
                if (!branch) {
                    s.append(text(n.x() + n.width() - 12, n.y() + 21, "end", "type", n.stateType()));
                }
            }
        }
        s.append("</g>\n");
    }

    private static void edge(StringBuilder s, EdgePath e) {
        if (e.points().isEmpty()) {
            return;
        }
        StringBuilder d = new StringBuilder();
        for (Point p : e.points()) {
            d.append(d.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y()));
        }
        String color = GraphStyle.hex(GraphStyle.edgeColor(e.kind()));
        s.append(String.format(Locale.ROOT, "<path class=\"edge\" d=\"%s\" stroke=\"%s\"%s marker-end=\"url(#arrow-%s)\"/>%n",
                d, color, e.kind() == StateMachineGraph.EdgeKind.CATCH ? " stroke-dasharray=\"6 3\"" : "",
                e.kind().name().toLowerCase(Locale.ROOT)));
        if (!e.label().isEmpty()) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" "
                    + "fill=\"#ffffff\" fill-opacity=\"0.9\"/>", e.labelX(), e.labelY(), e.labelWidth(), e.labelHeight()));
            s.append(text(e.labelX() + 3, e.labelY() + e.labelHeight() - 4, "start", "elabel", e.label())).append('\n');
        }
    }

    private static String rect(NodeBox n, double radius, java.awt.Color fill, java.awt.Color stroke, String extra) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.0f\" "
                + "fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"%s/>", n.x(), n.y(), n.width(), n.height(), radius,
                GraphStyle.hex(fill), GraphStyle.hex(stroke), extra);
    }

    private static String text(double x, double y, String anchor, String cls, String value) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>", x, y,
                anchor, cls, xml(value));
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
