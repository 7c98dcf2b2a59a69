package io.blueprintstudio.ui;

import java.util.List;
import javafx.scene.control.MenuBar;

/** The shortcuts dialog's rows, for tests of screens in other packages. */
public final class ShortcutsAccess {
    private ShortcutsAccess() {
    }

    public static List<String[]> rows(MenuBar bar) {
        return ShortcutsDialog.rows(bar);
    }
}
