package io.blueprintstudio.graph;

import io.blueprintstudio.graph.GraphLayout.EdgePath;
import io.blueprintstudio.graph.GraphLayout.NodeBox;
import io.blueprintstudio.graph.GraphLayout.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Draws a {@link GraphLayout} with java.awt (headless) into a PNG. */
public final class PngExporter {
    private PngExporter() {
    }

    public static void write(GraphLayout g, double scale, Path file) throws IOException {
        if (!ImageIO.write(render(g, scale), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    public static BufferedImage render(GraphLayout g, double scale) {
        int w = (int) Math.ceil(g.width() * scale);
        int h = (int) Math.ceil(g.height() * scale);
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        try {
            gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, img.getWidth(), img.getHeight());
            gr.scale(scale, scale);
            for (NodeBox n : g.nodes()) {
                node(gr, n);
            }
            for (EdgePath e : g.edges()) {
                edge(gr, e);
            }
        } finally {
            gr.dispose();
        }
        return img;
    }

    private static void node(Graphics2D g, NodeBox n) {
        switch (n.kind()) {
            case START, END -> {
                g.setColor(n.kind() == StateMachineGraph.NodeKind.START ? new Color(0x2E8B3D) : new Color(0x333333));
                g.fill(new java.awt.geom.Ellipse2D.Double(n.x(), n.y(), n.width(), n.height()));
                if (n.kind() == StateMachineGraph.NodeKind.END) {
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(2f));
                    g.draw(new java.awt.geom.Ellipse2D.Double(n.x() + 4, n.y() + 4, n.width() - 8, n.height() - 8));
                }
            }
            case STATE -> {
                box(g, n, 16, GraphStyle.fill(n.stateType()), GraphStyle.stroke(n.stateType()), false);
                centered(g, n.label(), GraphStyle.NAME_FONT, n.x() + n.width() / 2, n.y() + 20, new Color(0x1D1D1F));
                centered(g, n.stateType(), GraphStyle.TYPE_FONT, n.x() + n.width() / 2, n.y() + 36, new Color(0x555555));
            }
            case PARALLEL, MAP, BRANCH -> {
                boolean branch = n.kind() == StateMachineGraph.NodeKind.BRANCH;
                box(g, n, 20, branch ? Color.WHITE : GraphStyle.fill(n.stateType()), GraphStyle.stroke(n.stateType()),
                        branch);
                g.setFont(branch ? GraphStyle.TYPE_FONT : GraphStyle.NAME_FONT);
                g.setColor(new Color(0x1D1D1F));
                g.drawString(n.label(), (float) (n.x() + 12), (float) (n.y() + 21));
                if (!branch) {
                    g.setFont(GraphStyle.TYPE_FONT);
                    g.setColor(new Color(0x555555));
                    int tw = g.getFontMetrics().stringWidth(n.stateType());
                    g.drawString(n.stateType(), (float) (n.x() + n.width() - 12 - tw), (float) (n.y() + 21));
                }
            }
        }
    }

    private static void box(Graphics2D g, NodeBox n, double arc, Color fill, Color stroke, boolean dashed) {
        RoundRectangle2D r = new RoundRectangle2D.Double(n.x(), n.y(), n.width(), n.height(), arc, arc);
        g.setColor(fill);
        g.fill(r);
        g.setColor(stroke);
        g.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 3f}, 0f) : new BasicStroke(1.5f));
        g.draw(r);
    }

    private static void centered(Graphics2D g, String s, java.awt.Font font, double cx, double baseline, Color c) {
        g.setFont(font);
        g.setColor(c);
        g.drawString(s, (float) (cx - g.getFontMetrics().stringWidth(s) / 2.0), (float) baseline);
    }

    private static void edge(Graphics2D g, EdgePath e) {
        List<Point> pts = e.points();
        if (pts.size() < 2) {
            return;
        }
        Color c = GraphStyle.edgeColor(e.kind());
        g.setColor(c);
        g.setStroke(e.kind() == StateMachineGraph.EdgeKind.CATCH ? new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 3f}, 0f) : new BasicStroke(1.4f));
        Path2D.Double p = new Path2D.Double();
        p.moveTo(pts.get(0).x(), pts.get(0).y());
        for (int i = 1; i < pts.size(); i++) {
            p.lineTo(pts.get(i).x(), pts.get(i).y());
        }
        g.draw(p);
        Point a = pts.get(pts.size() - 2);
        Point b = pts.get(pts.size() - 1);
        double ang = Math.atan2(b.y() - a.y(), b.x() - a.x());
        Path2D.Double head = new Path2D.Double();
        head.moveTo(b.x(), b.y());
        head.lineTo(b.x() - 8 * Math.cos(ang - 0.4), b.y() - 8 * Math.sin(ang - 0.4));
        head.lineTo(b.x() - 8 * Math.cos(ang + 0.4), b.y() - 8 * Math.sin(ang + 0.4));
        head.closePath();
        g.fill(head);
        if (!e.label().isEmpty()) {
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(new RoundRectangle2D.Double(e.labelX(), e.labelY(), e.labelWidth(), e.labelHeight(), 6, 6));
            g.setFont(GraphStyle.EDGE_FONT);
            g.setColor(new Color(0x333333));
            g.drawString(e.label(), (float) (e.labelX() + 3), (float) (e.labelY() + e.labelHeight() - 4));
        }
    }
}
