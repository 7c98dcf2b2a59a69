import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Blueprint Studio icon: a blueprint-blue tile with a faint grid and a small white state machine (start,
 * task, choice, two ends). Run: {@code java src-assets/icons/IconTool.java jpackage/icons/blueprint-studio.png [size]}.
 * The PNG is committed; rerun this after changing the drawing.
 */
public final class IconTool {
    public static void main(String[] args) throws Exception {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        draw(g);
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }

    private static void draw(Graphics2D g) {
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 52, 52);
        g.setPaint(new GradientPaint(0, 8, new Color(0x2F80D0), 0, 248, new Color(0x174A8B)));
        g.fill(tile);
        g.setClip(tile);
        g.setColor(new Color(255, 255, 255, 34));
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 8; i < 256; i += 24) {
            g.drawLine(i, 0, i, 256);
            g.drawLine(0, i, 256, i);
        }
        g.setClip(null);
        Color white = Color.WHITE;
        g.setColor(white);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.fill(new Ellipse2D.Double(114, 30, 28, 28));
        g.drawLine(128, 58, 128, 76);
        g.draw(new RoundRectangle2D.Double(78, 78, 100, 40, 16, 16));
        g.drawLine(128, 118, 128, 132);
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(128, 134);
        diamond.lineTo(160, 158);
        diamond.lineTo(128, 182);
        diamond.lineTo(96, 158);
        diamond.closePath();
        g.draw(diamond);
        g.drawLine(96, 158, 66, 158);
        g.drawLine(66, 158, 66, 196);
        g.drawLine(160, 158, 190, 158);
        g.drawLine(190, 158, 190, 196);
        g.setColor(new Color(0x7CE08A));
        g.fill(new Ellipse2D.Double(52, 198, 28, 28));
        g.setColor(new Color(0xFF8A7A));
        g.fill(new Ellipse2D.Double(176, 198, 28, 28));
    }
}
