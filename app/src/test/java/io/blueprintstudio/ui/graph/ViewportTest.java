package io.blueprintstudio.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void fitShowsTheWholeGraphCentredAndNeverEnlarges() {
        Viewport v = new Viewport();
        v.fit(2000, 1000, 1000, 800, 10);
        assertEquals(0.49, v.scale(), 1e-9);
        assertEquals(10, v.toScreenX(0), 1e-9);
        assertEquals(990, v.toScreenX(2000), 1e-9);
        assertEquals(400, (v.toScreenY(0) + v.toScreenY(1000)) / 2, 1e-9);

        v.fit(100, 50, 1000, 800, 10);
        assertEquals(1, v.scale(), 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorInPlace() {
        Viewport v = new Viewport();
        v.pan(30, 40);
        double gx = v.toGraphX(200);
        double gy = v.toGraphY(100);
        v.zoomAt(1.2, 200, 100);
        assertEquals(1.2, v.scale(), 1e-9);
        assertEquals(200, v.toScreenX(gx), 1e-9);
        assertEquals(100, v.toScreenY(gy), 1e-9);
    }

    @Test
    void zoomIsBounded() {
        Viewport v = new Viewport();
        for (int i = 0; i < 100; i++) {
            v.zoomAt(2, 0, 0);
        }
        assertEquals(Viewport.MAX_SCALE, v.scale(), 1e-9);
        for (int i = 0; i < 100; i++) {
            v.zoomAt(0.5, 0, 0);
        }
        assertEquals(Viewport.MIN_SCALE, v.scale(), 1e-9);
    }
}
