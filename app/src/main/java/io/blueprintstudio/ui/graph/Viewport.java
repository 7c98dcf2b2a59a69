package io.blueprintstudio.ui.graph;

/**
 * Zoom and pan as one affine map, screen = graph × scale + translate. Plain arithmetic, so it is tested without a
 * display.
 */
final class Viewport {
    /** Low enough that fit shows all of a wide 300-state machine. */
    static final double MIN_SCALE = 0.02;
    static final double MAX_SCALE = 4;
    /** Fit never enlarges past 1:1: a three-state machine blown up to the window helps nobody. */
    static final double MAX_FIT_SCALE = 1;
    static final double STEP = 1.2;

    private double scale = 1;
    private double tx;
    private double ty;

    double scale() {
        return scale;
    }

    double tx() {
        return tx;
    }

    double ty() {
        return ty;
    }

    /** Shows all of a {@code width} × {@code height} graph centred in the view, with a margin. */
    void fit(double width, double height, double viewWidth, double viewHeight, double margin) {
        if (width <= 0 || height <= 0 || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double s = Math.min((viewWidth - 2 * margin) / width, (viewHeight - 2 * margin) / height);
        scale = clamp(Math.min(s, MAX_FIT_SCALE));
        tx = (viewWidth - width * scale) / 2;
        ty = (viewHeight - height * scale) / 2;
    }

    /** Zooms by {@code factor} keeping the graph point under screen point (px, py) where it is. */
    void zoomAt(double factor, double px, double py) {
        double next = clamp(scale * factor);
        double k = next / scale;
        tx = px - (px - tx) * k;
        ty = py - (py - ty) * k;
        scale = next;
    }

    void pan(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    double toGraphX(double screenX) {
        return (screenX - tx) / scale;
    }

    double toGraphY(double screenY) {
        return (screenY - ty) / scale;
    }

    double toScreenX(double graphX) {
        return graphX * scale + tx;
    }

    double toScreenY(double graphY) {
        return graphY * scale + ty;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
