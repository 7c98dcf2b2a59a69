package io.blueprintstudio.convert;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Opens a CSV source as UTF-8 bytes past any byte-order mark, and settles the dialect: the options' choices where
 * given, otherwise the delimiter that splits the first lines most consistently.
 */
final class DialectDetector {
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int HEAD_LINES = 50;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    /** A stream positioned at the first byte of CSV text, and the dialect it is read with. */
    record Opened(InputStream stream, Dialect dialect) {
    }

    private DialectDetector() {
    }

    static Opened open(CsvSource source, ConvertOptions options) throws IOException, ConversionException {
        BufferedInputStream raw = new BufferedInputStream(source.open(), HEAD_BYTES);
        try {
            raw.mark(4);
            byte[] bom = raw.readNBytes(3);
            raw.reset();
            Charset charset = options.encoding();
            boolean hasBom = false;
            if (startsWith(bom, 0xEF, 0xBB, 0xBF) && isUtf8(charset)) {
                raw.skipNBytes(3);
                hasBom = true;
            } else if (startsWith(bom, 0xFF, 0xFE) || startsWith(bom, 0xFE, 0xFF)) {
                charset = startsWith(bom, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                raw.skipNBytes(2);
                hasBom = true;
            }
            InputStream utf8 = isUtf8(charset) ? raw : new BufferedInputStream(new Utf8Transcoder(raw, charset),
                    HEAD_BYTES);
            char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(utf8, options);
            Dialect dialect = new Dialect(delimiter, options.quote(), options.escape(), options.header(),
                    charset.name(), hasBom);
            return new Opened(utf8, dialect);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static char detectDelimiter(InputStream in, ConvertOptions options) throws IOException,
            ConversionException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        if (looksLikeUtf16(head)) {
            throw new ConversionException(ConversionException.Kind.BAD_INPUT,
                    "the file looks like UTF-16 text without a byte-order mark; pass --encoding UTF-16LE or"
                            + " UTF-16BE");
        }
        char best = ',';
        double bestScore = 0;
        for (char c : CANDIDATES) {
            double score = score(head, c, options);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /**
     * Favours a delimiter that gives the same field count (more than one) on most lines; ties go to more fields.
     */
    private static double score(byte[] head, char delimiter, ConvertOptions options) {
        Dialect probe = new Dialect(delimiter, options.quote(), options.escape(), true, "UTF-8", false);
        CsvTokenizer t = new CsvTokenizer(new java.io.ByteArrayInputStream(head), probe, HEAD_BYTES, 100_000);
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int lines = 0;
        try {
            while (lines < HEAD_LINES && t.next()) {
                counts.merge(t.fieldCount(), 1, Integer::sum);
                lines++;
            }
        } catch (IOException | CsvFormatException e) {
            // The head may end inside a quoted field; judge on the lines read so far.
        }
        if (lines == 0) {
            return 0;
        }
        var mode = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
        if (mode.getKey() < 2) {
            return 0;
        }
        double consistency = (double) mode.getValue() / lines;
        return consistency * 1000 + mode.getKey();
    }

    private static boolean looksLikeUtf16(byte[] head) {
        int zeros = 0;
        int n = Math.min(head.length, 1024);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                zeros++;
            }
        }
        return n >= 8 && zeros > n / 4;
    }
}
