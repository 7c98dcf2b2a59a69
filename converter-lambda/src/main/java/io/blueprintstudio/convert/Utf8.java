package io.blueprintstudio.convert;

/** Checks field bytes before they become Parquet strings, which readers require to be valid UTF-8. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Why the bytes are not acceptable text (invalid UTF-8 or a NUL byte), or {@code null} when they are.
     */
    static String problem(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                if (c == 0) {
                    return "contains a NUL byte (0x00) at byte " + (i - off + 1)
                            + "; is the file binary, or UTF-16 (try --encoding UTF-16LE)?";
                }
                i++;
                continue;
            }
            int n = sequenceLength(b, i, end);
            if (n < 0) {
                return String.format("is not valid UTF-8 (byte 0x%02x at byte %d); if the file is not UTF-8, pass"
                        + " its encoding, e.g. --encoding windows-1252", c, i - off + 1);
            }
            i += n;
        }
        return null;
    }

    /** Length of the well-formed multi-byte sequence at {@code i}, or -1 (overlongs and surrogates refused). */
    private static int sequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xff;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        if (i + n > end) {
            return -1;
        }
        int second = b[i + 1] & 0xff;
        if (second < lo || second > hi) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            int cont = b[i + k] & 0xff;
            if (cont < 0x80 || cont > 0xBF) {
                return -1;
            }
        }
        return n;
    }
}
