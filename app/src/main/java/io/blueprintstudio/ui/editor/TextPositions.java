package io.blueprintstudio.ui.editor;

/** Line/column ↔ offset in a text, 1-based lines and columns as in diagnostics. */
final class TextPositions {
    private TextPositions() {
    }

    /** Offset of the first character of 1-based {@code line}, or -1 when the text has fewer lines. */
    static int lineStart(String text, int line) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                return -1;
            }
            at = nl + 1;
        }
        return at;
    }

    /** Offset of a 1-based line and column, clamped into the text (column 0 means the line's start). */
    static int offset(String text, int line, int column) {
        int start = lineStart(text, Math.max(1, line));
        if (start < 0) {
            return text.length();
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        return Math.min(start + Math.max(0, column - 1), end);
    }

    /** 1-based line of an offset. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
