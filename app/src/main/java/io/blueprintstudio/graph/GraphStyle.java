package io.blueprintstudio.graph;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Fonts, sizes and colours shared by layout (text sizes decide node sizes) and both exporters. */
final class GraphStyle {
    static final String FONT_FAMILY = "DejaVu Sans, Arial, Helvetica, sans-serif";
    static final Font NAME_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font TYPE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font EDGE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final double STATE_HEIGHT = 46;
    static final double MARKER = 26;
    static final double PAD_X = 16;
    static final double COMPOUND_HEADER = 34;

    private static final FontMetrics NAME;
    private static final FontMetrics TYPE;
    private static final FontMetrics EDGE;

    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        NAME = g.getFontMetrics(NAME_FONT);
        TYPE = g.getFontMetrics(TYPE_FONT);
        EDGE = g.getFontMetrics(EDGE_FONT);
        g.dispose();
    }

    private GraphStyle() {
    }

    /** Text widths with a 10% margin, since SVG viewers may substitute a slightly wider font. */
    static double nameWidth(String s) {
        return Math.ceil(NAME.stringWidth(s) * 1.1);
    }

    static double typeWidth(String s) {
        return Math.ceil(TYPE.stringWidth(s) * 1.1);
    }

    static double edgeLabelWidth(String s) {
        return Math.ceil(EDGE.stringWidth(s) * 1.1) + 6;
    }

    static double edgeLabelHeight() {
        return EDGE.getHeight() + 2;
    }

    /** Fill colour per state type, in the spirit of the Step Functions console. */
    static Color fill(String stateType) {
        return switch (stateType) {
            case "Task" -> new Color(0xE3F0FF);
            case "Choice" -> new Color(0xFFF4D6);
            case "Succeed" -> new Color(0xE3F7E3);
            case "Fail" -> new Color(0xFDE4E1);
            case "Parallel", "Map" -> new Color(0xF4F4F8);
            case "Wait" -> new Color(0xF0E8FF);
            default -> new Color(0xF2F2F2);
        };
    }

    static Color stroke(String stateType) {
        return switch (stateType) {
            case "Task" -> new Color(0x2F6FB3);
            case "Choice" -> new Color(0xB38600);
            case "Succeed" -> new Color(0x2E8B3D);
            case "Fail" -> new Color(0xC0392B);
            case "Wait" -> new Color(0x6C4AB6);
            default -> new Color(0x666677);
        };
    }

    static Color edgeColor(StateMachineGraph.EdgeKind kind) {
        return switch (kind) {
            case CATCH -> new Color(0xC0392B);
            case DEFAULT -> new Color(0x8A6D00);
            default -> new Color(0x444444);
        };
    }

    static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
