package io.blueprintstudio.convert;

/**
 * What the sampled values of one column have shown so far, folded into the narrowest type that holds them all
 * exactly. Feeding a value past the sample and asking again is how a column is widened.
 */
final class ColumnGuess {
    /** Any decimal of up to 15 significant digits survives a double; longer ones only sometimes. */
    private static final int DOUBLE_DIGITS = 15;

    private boolean sawBoolean;
    private boolean sawInteger;
    private boolean sawDecimal;
    private boolean sawDouble;
    private boolean sawDate;
    private boolean sawLocalTimestamp;
    private boolean sawUtcTimestamp;
    private boolean sawString;
    private int decimalScale = -1;
    private boolean mixedScales;
    private boolean needsExact;
    private int maxIntDigits;
    private int maxScale;

    /** Seeds the guess with an already-chosen type, so widening starts from it. */
    static ColumnGuess from(Column column) {
        ColumnGuess g = new ColumnGuess();
        switch (column.type()) {
            case BOOLEAN -> g.sawBoolean = true;
            case INT64 -> g.sawInteger = true;
            case DECIMAL -> {
                g.sawDecimal = true;
                g.decimalScale = column.scale();
                g.maxScale = column.scale();
                g.maxIntDigits = column.precision() - column.scale();
                // Widening follows inference (mixed scales become DOUBLE), except where the column already holds
                // more digits than a double keeps; the sampled values themselves are gone by now.
                g.needsExact = column.precision() > 18;
            }
            case DOUBLE -> g.sawDouble = true;
            case DATE -> g.sawDate = true;
            case TIMESTAMP -> g.sawLocalTimestamp = true;
            case TIMESTAMP_UTC -> g.sawUtcTimestamp = true;
            case STRING -> g.sawString = true;
        }
        return g;
    }

    void add(byte[] b, int off, int len, ValueReader r) {
        if (ValueReader.parseBoolean(b, off, len) >= 0) {
            sawBoolean = true;
        } else if (r.parseLong(b, off, len)) {
            sawInteger = true;
            maxIntDigits = Math.max(maxIntDigits, r.longValue == 0 ? 0 : digitCount(r.longValue));
        } else if (r.parseDecimal(b, off, len)) {
            addDecimal(r, r.significantDigits > DOUBLE_DIGITS && !ValueReader.doubleKeeps(b, off, len));
        } else if (r.parseDouble(b, off, len)) {
            sawDouble = true;
        } else if (r.parseDate(b, off, len)) {
            sawDate = true;
        } else {
            int ts = r.parseTimestamp(b, off, len);
            if (ts == ValueReader.LOCAL_TIMESTAMP) {
                sawLocalTimestamp = true;
            } else if (ts == ValueReader.UTC_TIMESTAMP) {
                sawUtcTimestamp = true;
            } else {
                sawString = true;
            }
        }
    }

    private void addDecimal(ValueReader r, boolean doubleWouldLoseDigits) {
        sawDecimal = true;
        maxIntDigits = Math.max(maxIntDigits, r.intDigits);
        maxScale = Math.max(maxScale, r.scale);
        if (doubleWouldLoseDigits) {
            needsExact = true;
        }
        if (r.scale > 0) {
            if (decimalScale < 0) {
                decimalScale = r.scale;
            } else if (decimalScale != r.scale) {
                mixedScales = true;
            }
        }
    }

    /** The narrowest type holding every value seen; a column with no values is a string. */
    Column resolve(Column column) {
        int families = (sawBoolean ? 1 : 0) + (isNumeric() ? 1 : 0) + (isTemporal() ? 1 : 0) + (sawString ? 1 : 0);
        if (families != 1 || sawString) {
            return column.withType(ColumnType.STRING, 0, 0);
        }
        if (sawBoolean) {
            return column.withType(ColumnType.BOOLEAN, 0, 0);
        }
        if (isNumeric()) {
            return resolveNumeric(column);
        }
        return resolveTemporal(column);
    }

    private boolean isNumeric() {
        return sawInteger || sawDecimal || sawDouble;
    }

    private boolean isTemporal() {
        return sawDate || sawLocalTimestamp || sawUtcTimestamp;
    }

    private Column resolveNumeric(Column column) {
        if (sawDouble || (sawDecimal && mixedScales && !needsExact)) {
            return column.withType(ColumnType.DOUBLE, 0, 0);
        }
        if (!sawDecimal) {
            return column.withType(ColumnType.INT64, 0, 0);
        }
        int scale = mixedScales ? maxScale : Math.max(decimalScale, 0);
        int digits = maxIntDigits + scale;
        if (digits <= 18) {
            return column.withType(ColumnType.DECIMAL, 18, scale);
        }
        if (digits <= 38) {
            return column.withType(ColumnType.DECIMAL, 38, scale);
        }
        return column.withType(ColumnType.STRING, 0, 0);
    }

    private Column resolveTemporal(Column column) {
        if (sawUtcTimestamp) {
            return column.withType(sawLocalTimestamp || sawDate ? ColumnType.STRING : ColumnType.TIMESTAMP_UTC, 0, 0);
        }
        return column.withType(sawLocalTimestamp ? ColumnType.TIMESTAMP : ColumnType.DATE, 0, 0);
    }

    private static int digitCount(long v) {
        return Long.toString(Math.abs(v == Long.MIN_VALUE ? Long.MAX_VALUE : v)).length();
    }
}
