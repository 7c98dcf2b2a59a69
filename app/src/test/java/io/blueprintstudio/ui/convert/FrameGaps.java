package io.blueprintstudio.ui.convert;

import javafx.animation.AnimationTimer;

/**
 * The longest time between two JavaFX frames while it runs: how long the screen could have been frozen. Start and
 * stop on the FX thread.
 */
public final class FrameGaps extends AnimationTimer {
    private long last;
    private long longest;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longest = Math.max(longest, now - last);
        }
        last = now;
    }

    public double longestMillis() {
        return longest / 1e6;
    }
}
