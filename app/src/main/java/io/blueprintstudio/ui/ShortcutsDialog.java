package io.blueprintstudio.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Help › Keyboard Shortcuts: every menu item that has an accelerator, read from the menu bar itself so the list
 * cannot drift from what the keys do, plus the keys that live in one screen.
 */
final class ShortcutsDialog {
    /** Keys handled inside a screen rather than by a menu item. */
    static final List<String[]> SCREEN_KEYS = List.of(
            new String[] {"Ctrl+Y", "Redo (as Ctrl+Shift+Z)"},
            new String[] {"Enter / Shift+Enter", "Find: next / previous match (in the find field)"},
            new String[] {"Esc", "Close the find bar"},
            new String[] {"Enter / double-click", "Problems: go to the problem's line"},
            new String[] {"Enter / double-click", "Explorer: open the file, or a module's form"});

    /** Menu item property holding the name this dialog shows instead of the item's (changing) text. */
    static final String SHORTCUT_LABEL = "shortcut-label";

    private ShortcutsDialog() {
    }

    /** Rows of (keys, action) for every accelerator in the menus, then {@link #SCREEN_KEYS}. */
    static List<String[]> rows(MenuBar menus) {
        List<String[]> rows = new ArrayList<>();
        for (Menu m : menus.getMenus()) {
            collect(m, m.getText(), rows);
        }
        rows.addAll(SCREEN_KEYS);
        return rows;
    }

    private static void collect(Menu menu, String path, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), rows);
            } else if (item.getAccelerator() != null) {
                // Items whose text changes (Undo Edit x.yaml) keep a fixed name for this list.
                Object fixed = item.getProperties().get(SHORTCUT_LABEL);
                String name = fixed != null ? fixed.toString() : item.getText();
                rows.add(new String[] {item.getAccelerator().getDisplayText(), path + " › " + name});
            }
        }
    }

    static Dialog<ButtonType> create(Window owner, MenuBar menus) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int r = 0;
        for (String[] row : rows(menus)) {
            Label keys = new Label(row[0]);
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(row[1]);
            keys.setMinWidth(Region.USE_PREF_SIZE); // the dialog grows to fit; nothing is cut short
            action.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(r++, keys, action);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText("Keyboard shortcuts (Ctrl is ⌘ on macOS)");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        return dialog;
    }
}
