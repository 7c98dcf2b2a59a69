package io.blueprintstudio.convert;

/** Messages and widening for values that do not fit their column. */
final class BadValues {
    private static final int SHOWN_CHARS = 60;

    private BadValues() {
    }

    static ConversionException error(CsvSource source, Fields record, String column, RowBatch.BadValue bad) {
        long line = record.recordLine();
        if (bad.column() < 0) {
            return new ConversionException(ConversionException.Kind.BAD_INPUT, source.name() + ", line " + line
                    + ": the record " + bad.reason() + " (use --on-bad-value reject to set such rows aside)",
                    line, null, null);
        }
        String message = source.name() + ", line " + line + ", column '" + column + "' (" + (bad.column() + 1)
                + "): " + shown(record, bad.column()) + " " + bad.reason();
        boolean textProblem = bad.reason().contains("UTF-8") || bad.reason().contains("NUL");
        ConversionException.Kind kind = textProblem ? ConversionException.Kind.BAD_INPUT
                : ConversionException.Kind.BAD_VALUE;
        String hint = textProblem ? " (use --on-bad-value reject to set such rows aside)"
                : " (use --on-bad-value widen to widen the column, or reject to set such rows aside)";
        return new ConversionException(kind, message + hint, line, column, null);
    }

    /** The column's type widened just enough to hold this value as well. */
    static Column widen(Column col, Fields record, int c) {
        if (col.type() == ColumnType.STRING) {
            return col;
        }
        ColumnGuess guess = ColumnGuess.from(col);
        guess.add(record.data(), record.start(c), record.length(c), new ValueReader());
        return guess.resolve(col);
    }

    /** The value quoted for a message, shortened and with control characters made visible. */
    static String shown(Fields record, int c) {
        String text = record.text(c);
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(SHOWN_CHARS).forEach(cp -> {
            if (cp < 0x20 || cp == 0xFFFD) {
                out.append(String.format("\\x%02x", cp < 0x20 ? cp : 0xff));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > SHOWN_CHARS) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}
