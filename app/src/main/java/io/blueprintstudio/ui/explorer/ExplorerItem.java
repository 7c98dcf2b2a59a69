package io.blueprintstudio.ui.explorer;

import io.blueprintstudio.ui.forms.FormScope;
import java.util.List;

/**
 * One row of the Explorer tree: a group (the blueprint's own files, or a module) or a file.
 *
 * @param label    what the row says
 * @param detail   a second, quieter text (the module kind, a file's folder), or empty
 * @param file     the file's path relative to the blueprint folder; null for a group
 * @param errors   errors in it (for a group: in its files)
 * @param others   warnings and notes in it
 * @param dirty    a file with unsaved changes, or a group holding one
 * @param children a group's files
 * @param form     the config form a group opens (mdaa.yaml's, or a module's); null when it has none
 */
public record ExplorerItem(String label, String detail, String file, int errors, int others, boolean dirty,
        List<ExplorerItem> children, FormScope form) {

    public ExplorerItem {
        children = List.copyOf(children);
    }

    public boolean isFile() {
        return file != null;
    }

    public int problems() {
        return errors + others;
    }
}
