package io.blueprintstudio.convert;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Reads typed values straight from UTF-8 field bytes, without making Strings. One instance per thread: each parse
 * method leaves its result in the public fields and returns whether the text was of that type.
 */
final class ValueReader {
    /** Result of integer, decimal (unscaled), date (epoch day) and timestamp (epoch micros) parses. */
    long longValue;
    double doubleValue;
    /** Digits after the point of the last decimal literal. */
    int scale;
    /** Digits before the point, leading zeros excluded, of the last decimal literal. */
    int intDigits;
    /** Significant digits of the last decimal literal. */
    int significantDigits;
    /** Whether the last decimal literal's unscaled value fitted in {@link #longValue}. */
    boolean fitsLong;

    /** Powers of ten a double holds exactly. */
    private static final double[] POW10_DOUBLE = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    static final int NOT_TIMESTAMP = 0;
    static final int LOCAL_TIMESTAMP = 1;
    static final int UTC_TIMESTAMP = 2;

    /** 1 for true, 0 for false, -1 for neither (ASCII case-insensitive). */
    static int parseBoolean(byte[] b, int off, int len) {
        if (len == 4 && (b[off] | 0x20) == 't' && (b[off + 1] | 0x20) == 'r' && (b[off + 2] | 0x20) == 'u'
                && (b[off + 3] | 0x20) == 'e') {
            return 1;
        }
        if (len == 5 && (b[off] | 0x20) == 'f' && (b[off + 1] | 0x20) == 'a' && (b[off + 2] | 0x20) == 'l'
                && (b[off + 3] | 0x20) == 's' && (b[off + 4] | 0x20) == 'e') {
            return 0;
        }
        return -1;
    }

    /** An optional sign and digits without leading zeros, within the range of a long. */
    boolean parseLong(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        boolean negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        int digits = end - i;
        if (digits == 0 || digits > 19 || (b[i] == '0' && digits > 1)) {
            return false;
        }
        long v = 0;
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            // Accumulate negatively so Long.MIN_VALUE parses.
            if (v < (Long.MIN_VALUE + d) / 10) {
                return false;
            }
            v = v * 10 - d;
        }
        if (!negative && v == Long.MIN_VALUE) {
            return false;
        }
        longValue = negative ? v : -v;
        return true;
    }

    /**
     * A plain decimal literal: optional sign, digits, optionally a point and digits, no exponent, no leading zeros
     * before the point (except a lone 0). Sets scale, intDigits, significantDigits, and the unscaled value when it
     * fits a long.
     */
    boolean parseDecimal(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        boolean negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        int intStart = i;
        long v = 0;
        int digits = 0;
        int leadingZeros = 0;
        // One pass: accumulate the digits, and count the zeros before the first significant one.
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            v = v * 10 + d;
            digits++;
            if (v == 0) {
                leadingZeros++;
            }
        }
        int intLen = i - intStart;
        if (intLen > 1 && b[intStart] == '0') {
            return false;
        }
        int fracLen = 0;
        if (i < end && b[i] == '.') {
            i++;
            int fracStart = i;
            for (; i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                v = v * 10 + d;
                digits++;
                if (v == 0) {
                    leadingZeros++;
                }
            }
            fracLen = i - fracStart;
            if (fracLen == 0) {
                return false;
            }
        }
        if (i != end || digits == 0) {
            return false;
        }
        scale = fracLen;
        intDigits = intLen == 1 && b[intStart] == '0' ? 0 : intLen;
        significantDigits = digits - leadingZeros;
        fitsLong = digits <= 18;
        if (fitsLong) {
            longValue = negative ? -v : v;
        }
        return true;
    }

    /** Any number a double holds: decimal literals, exponents, NaN and infinities. */
    boolean parseDouble(byte[] b, int off, int len) {
        if (parseDecimal(b, off, len) && fitsLong && significantDigits <= 15 && scale < POW10_DOUBLE.length) {
            // Both the digits and the power of ten are exact doubles, so one division rounds correctly
            // (Clinger's fast path); the general parser handles everything else.
            double magnitude = Math.abs((double) longValue) / POW10_DOUBLE[scale];
            doubleValue = b[off] == '-' ? -magnitude : magnitude;
            return true;
        }
        if (!looksNumeric(b, off, len)) {
            return false;
        }
        double special = nonFinite(b, off, len);
        if (special != 0) {
            doubleValue = special;
            return true;
        }
        try {
            doubleValue = JavaDoubleParser.parseDouble(b, off, len);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether a decimal literal survives a trip through a double: the double, printed with the literal's number of
     * significant digits, gives the literal back. Shortest-form output of other programs' doubles (up to 17 digits)
     * passes; a 19-digit account number does not.
     */
    static boolean doubleKeeps(byte[] b, int off, int len) {
        java.math.BigDecimal exact = new java.math.BigDecimal(new String(b, off, len,
                java.nio.charset.StandardCharsets.US_ASCII));
        double d = exact.doubleValue();
        if (Double.isInfinite(d)) {
            return false;
        }
        int digits = Math.max(1, exact.precision());
        return new java.math.BigDecimal(d).round(new java.math.MathContext(digits)).compareTo(exact) == 0;
    }

    /** {@code yyyy-MM-dd}; the epoch day goes to longValue. */
    boolean parseDate(byte[] b, int off, int len) {
        if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            return false;
        }
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return false;
        }
        longValue = epochDay(year, month, day);
        return true;
    }

    /**
     * ISO-8601 date-time: {@code yyyy-MM-dd[T ]HH:mm[:ss[.fraction]]} with an optional {@code Z}, {@code ±hh},
     * {@code ±hhmm} or {@code ±hh:mm}. Microseconds since the epoch go to longValue, shifted to UTC when there is
     * an offset. Fractions finer than a microsecond that are not zero are refused rather than truncated.
     */
    int parseTimestamp(byte[] b, int off, int len) {
        if (len < 16 || (b[off + 10] != 'T' && b[off + 10] != ' ') || !parseDate(b, off, 10)) {
            return NOT_TIMESTAMP;
        }
        long day = longValue;
        int end = off + len;
        int hour = digits(b, off + 11, 2);
        int minute = b[off + 13] == ':' ? digits(b, off + 14, 2) : -1;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return NOT_TIMESTAMP;
        }
        int i = off + 16;
        int second = 0;
        long micros = 0;
        if (i < end && b[i] == ':') {
            second = i + 3 <= end ? digits(b, i + 1, 2) : -1;
            if (second < 0 || second > 59) {
                return NOT_TIMESTAMP;
            }
            i += 3;
            if (i < end && b[i] == '.') {
                i++;
                int fracStart = i;
                while (i < end && isDigit(b[i])) {
                    int d = b[i] - '0';
                    int pos = i - fracStart;
                    if (pos < 6) {
                        micros = micros * 10 + d;
                    } else if (d != 0 || pos >= 9) {
                        return NOT_TIMESTAMP;
                    }
                    i++;
                }
                int n = i - fracStart;
                if (n == 0) {
                    return NOT_TIMESTAMP;
                }
                for (int k = n; k < 6; k++) {
                    micros *= 10;
                }
            }
        }
        long local = ((day * 24 + hour) * 60 + minute) * 60 + second;
        if (i == end) {
            longValue = local * 1_000_000 + micros;
            return LOCAL_TIMESTAMP;
        }
        int offsetSeconds = parseOffset(b, i, end);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return NOT_TIMESTAMP;
        }
        longValue = (local - offsetSeconds) * 1_000_000 + micros;
        return UTC_TIMESTAMP;
    }

    private static int parseOffset(byte[] b, int i, int end) {
        if (end - i == 1 && (b[i] == 'Z' || b[i] == 'z')) {
            return 0;
        }
        if (b[i] != '+' && b[i] != '-') {
            return Integer.MIN_VALUE;
        }
        int sign = b[i] == '-' ? -1 : 1;
        int n = end - i - 1;
        int hh;
        int mm = 0;
        if (n == 2) {
            hh = digits(b, i + 1, 2);
        } else if (n == 4) {
            hh = digits(b, i + 1, 2);
            mm = digits(b, i + 3, 2);
        } else if (n == 5 && b[i + 3] == ':') {
            hh = digits(b, i + 1, 2);
            mm = digits(b, i + 4, 2);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hh < 0 || hh > 18 || mm < 0 || mm > 59) {
            return Integer.MIN_VALUE;
        }
        return sign * (hh * 3600 + mm * 60);
    }

    /**
     * NaN and the infinities spelled as other programs print them, in any case ("nan", "inf", "-Infinity"), which
     * the general parser does not all accept; 0 for anything else.
     */
    private static double nonFinite(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        boolean negative = b[i] == '-';
        if (negative || b[i] == '+') {
            i++;
        }
        if (isWord(b, i, end, "nan")) {
            return Double.NaN;
        }
        if (isWord(b, i, end, "inf") || isWord(b, i, end, "infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return 0;
    }

    private static boolean looksNumeric(byte[] b, int off, int len) {
        if (len == 0) {
            return false;
        }
        int i = off;
        int end = off + len;
        if (b[i] == '-' || b[i] == '+') {
            i++;
        }
        if (isWord(b, i, end, "nan") || isWord(b, i, end, "inf") || isWord(b, i, end, "infinity")) {
            return true;
        }
        int intStart = i;
        while (i < end && isDigit(b[i])) {
            i++;
        }
        if (i - intStart > 1 && b[intStart] == '0') {
            return false;
        }
        boolean digit = i > intStart;
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && isDigit(b[i])) {
                i++;
                digit = true;
            }
        }
        if (!digit) {
            return false;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                i++;
            }
            int expStart = i;
            while (i < end && isDigit(b[i])) {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        return i == end;
    }

    private static boolean isWord(byte[] b, int i, int end, String word) {
        if (end - i != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((b[i + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Parses {@code n} ASCII digits; -1 if any is not a digit. */
    private static int digits(byte[] b, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Days since 1970-01-01 in the proleptic Gregorian calendar, by arithmetic on a year that starts in March
     * (so the leap day comes last); java.time's LocalDate gives the same count but cost a fifth of decoding time.
     */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int shiftedMonth = month > 2 ? month - 3 : month + 9;
        long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
