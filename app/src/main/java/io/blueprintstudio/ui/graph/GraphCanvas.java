package io.blueprintstudio.ui.graph;

import io.blueprintstudio.graph.GraphLayout;
import io.blueprintstudio.graph.GraphLayout.EdgePath;
import io.blueprintstudio.graph.GraphLayout.NodeBox;
import io.blueprintstudio.graph.GraphLayout.Point;
import io.blueprintstudio.graph.StateMachineGraph.EdgeKind;
import io.blueprintstudio.graph.StateMachineGraph.NodeKind;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link GraphLayout} on one Canvas the size of the view, not of the graph: a redraw touches only what is on
 * screen (nodes and edges outside the view are skipped), so a 300-state machine pans and zooms smoothly.
 */
final class GraphCanvas extends Region {
    private static final Font NAME = Font.font("System", FontWeight.BOLD, 13);
    private static final Font TYPE = Font.font("System", 11);
    private static final Font EDGE = Font.font("System", 11);
    /** Below this scale text is unreadable anyway; leaving it out keeps overview redraws cheap. */
    private static final double TEXT_MIN_SCALE = 0.3;

    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private GraphLayout layout;
    private String selectedId;
    private Map<String, String> styles = Map.of();
    private long lastDrawNanos;
    private int lastDrawnNodes;

    GraphCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("graph-canvas");
        setMinSize(0, 0);
    }

    Viewport viewport() {
        return viewport;
    }

    void setLayout(GraphLayout layout, boolean fit) {
        this.layout = layout;
        if (fit) {
            fit();
        } else {
            redraw();
        }
    }

    void setSelected(String id) {
        selectedId = id;
        redraw();
    }

    /** State name → style class; see {@link GraphPalette}. */
    void setStyles(Map<String, String> styles) {
        this.styles = Map.copyOf(styles);
        redraw();
    }

    void fit() {
        if (layout != null) {
            viewport.fit(layout.width(), layout.height(), getWidth(), getHeight(), 16);
        }
        redraw();
    }

    void zoom(double factor, double px, double py) {
        viewport.zoomAt(factor, px, py);
        redraw();
    }

    void pan(double dx, double dy) {
        viewport.pan(dx, dy);
        redraw();
    }

    /** The deepest node at a screen point, or null. Children come after their parents in the layout. */
    NodeBox nodeAt(double sx, double sy) {
        if (layout == null) {
            return null;
        }
        double x = viewport.toGraphX(sx);
        double y = viewport.toGraphY(sy);
        List<NodeBox> nodes = layout.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            NodeBox n = nodes.get(i);
            if (x >= n.x() && x <= n.x() + n.width() && y >= n.y() && y <= n.y() + n.height()) {
                return n;
            }
        }
        return null;
    }

    long lastDrawNanos() {
        return lastDrawNanos;
    }

    int lastDrawnNodes() {
        return lastDrawnNodes;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            boolean first = canvas.getWidth() == 0 || canvas.getHeight() == 0;
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            if (first && layout != null) {
                fit();
            } else {
                redraw();
            }
        }
    }

    void redraw() {
        long started = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(GraphPalette.BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout == null) {
            return;
        }
        double s = viewport.scale();
        g.setTransform(s, 0, 0, s, viewport.tx(), viewport.ty());
        double left = viewport.toGraphX(0);
        double top = viewport.toGraphY(0);
        double right = viewport.toGraphX(canvas.getWidth());
        double bottom = viewport.toGraphY(canvas.getHeight());
        boolean text = s >= TEXT_MIN_SCALE;
        int drawn = 0;
        for (NodeBox n : layout.nodes()) {
            if (n.x() <= right && n.x() + n.width() >= left && n.y() <= bottom && n.y() + n.height() >= top) {
                node(g, n, text);
                drawn++;
            }
        }
        for (EdgePath e : layout.edges()) {
            if (visible(e, left, top, right, bottom)) {
                edge(g, e, text);
            }
        }
        lastDrawnNodes = drawn;
        lastDrawNanos = System.nanoTime() - started;
    }

    private static boolean visible(EdgePath e, double left, double top, double right, double bottom) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : e.points()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return minX <= right && maxX >= left && minY <= bottom && maxY >= top;
    }

    private void node(GraphicsContext g, NodeBox n, boolean text) {
        switch (n.kind()) {
            case START, END -> marker(g, n);
            case STATE -> state(g, n, text);
            case PARALLEL, MAP, BRANCH -> container(g, n, text);
        }
        if (n.id().equals(selectedId)) {
            g.setStroke(GraphPalette.SELECTION);
            g.setLineWidth(3);
            g.setLineDashes();
            g.strokeRoundRect(n.x() - 4, n.y() - 4, n.width() + 8, n.height() + 8, 18, 18);
        }
    }

    private static void marker(GraphicsContext g, NodeBox n) {
        boolean start = n.kind() == NodeKind.START;
        g.setFill(start ? Color.web("#2E8B3D") : Color.web("#333333"));
        g.fillOval(n.x(), n.y(), n.width(), n.height());
        if (!start) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(2);
            g.setLineDashes();
            g.strokeOval(n.x() + 4, n.y() + 4, n.width() - 8, n.height() - 8);
        }
    }

    private void state(GraphicsContext g, NodeBox n, boolean text) {
        GraphPalette.Paint p = GraphPalette.of(n.stateType(), styles.get(n.label()));
        g.setFill(p.fill());
        g.setStroke(p.stroke());
        g.setLineWidth(p.strokeWidth());
        g.setLineDashes(n.stateType().equals("Pass") ? new double[] {5, 3} : null);
        switch (n.stateType()) {
            case "Choice" -> {
                // A stretched diamond: pointed ends say "decision" and still leave room for the name.
                double inset = Math.min(18, n.width() / 6);
                double[] xs = {n.x(), n.x() + inset, n.x() + n.width() - inset, n.x() + n.width(),
                    n.x() + n.width() - inset, n.x() + inset};
                double cy = n.y() + n.height() / 2;
                double[] ys = {cy, n.y(), n.y(), cy, n.y() + n.height(), n.y() + n.height()};
                g.fillPolygon(xs, ys, 6);
                g.strokePolygon(xs, ys, 6);
            }
            case "Succeed", "Fail" -> {
                g.fillRoundRect(n.x(), n.y(), n.width(), n.height(), n.height(), n.height());
                g.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), n.height(), n.height());
            }
            default -> {
                g.fillRoundRect(n.x(), n.y(), n.width(), n.height(), 16, 16);
                g.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), 16, 16);
            }
        }
        g.setLineDashes();
        if (text) {
            centred(g, n.label(), NAME, GraphPalette.TEXT, n.x() + n.width() / 2, n.y() + 18);
            centred(g, n.stateType(), TYPE, GraphPalette.SUBTEXT, n.x() + n.width() / 2, n.y() + 34);
        }
    }

    private void container(GraphicsContext g, NodeBox n, boolean text) {
        boolean branch = n.kind() == NodeKind.BRANCH;
        GraphPalette.Paint p = branch ? new GraphPalette.Paint(Color.WHITE, Color.web("#9999AA"), 1)
                : GraphPalette.of(n.stateType(), styles.get(n.label()));
        g.setFill(p.fill());
        g.setStroke(p.stroke());
        g.setLineWidth(p.strokeWidth());
        g.setLineDashes(branch ? new double[] {6, 4} : null);
        g.fillRoundRect(n.x(), n.y(), n.width(), n.height(), 20, 20);
        g.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), 20, 20);
        g.setLineDashes();
        if (text) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BASELINE);
            g.setFont(branch ? TYPE : NAME);
            g.setFill(GraphPalette.TEXT);
            g.fillText(n.label(), n.x() + 12, n.y() + 21);
            if (!branch) {
                g.setTextAlign(TextAlignment.RIGHT);
                g.setFont(TYPE);
                g.setFill(GraphPalette.SUBTEXT);
                g.fillText(n.stateType(), n.x() + n.width() - 12, n.y() + 21);
            }
        }
    }

    private static void edge(GraphicsContext g, EdgePath e, boolean text) {
        List<Point> pts = e.points();
        if (pts.size() < 2) {
            return;
        }
        Color c = GraphPalette.edge(e.kind());
        g.setStroke(c);
        g.setLineWidth(1.4);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineDashes(e.kind() == EdgeKind.CATCH ? new double[] {6, 4} : null);
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = pts.get(i).x();
            ys[i] = pts.get(i).y();
        }
        g.strokePolyline(xs, ys, pts.size());
        g.setLineDashes();
        arrow(g, pts.get(pts.size() - 2), pts.get(pts.size() - 1), c);
        if (text && !e.label().isEmpty() && e.labelWidth() > 0) {
            g.setFill(Color.rgb(255, 255, 255, 0.92));
            g.fillRect(e.labelX(), e.labelY(), e.labelWidth(), e.labelHeight());
            centred(g, e.label(), EDGE, c, e.labelX() + e.labelWidth() / 2, e.labelY() + e.labelHeight() / 2);
        }
    }

    private static void arrow(GraphicsContext g, Point from, Point to, Color c) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double len = 9;
        double spread = Math.toRadians(24);
        g.setFill(c);
        g.fillPolygon(new double[] {to.x(), to.x() - len * Math.cos(angle - spread),
            to.x() - len * Math.cos(angle + spread)}, new double[] {to.y(), to.y() - len * Math.sin(angle - spread),
            to.y() - len * Math.sin(angle + spread)}, 3);
    }

    private static void centred(GraphicsContext g, String s, Font font, Color color, double cx, double cy) {
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, cx, cy);
    }
}
