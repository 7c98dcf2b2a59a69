package io.blueprintstudio.convert;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into records of fields, RFC 4180 style, without decoding characters: every delimiter, quote
 * and line break we accept is ASCII, so UTF-8 input splits correctly byte by byte and numbers never become Strings.
 * Written by hand rather than taken from a CSV library because we need an escape character alongside quote
 * doubling, the physical line where each record starts, byte counts for progress, and field bytes we can decode
 * in place.
 *
 * <p>After {@link #next()} returns true, the {@link Fields} view shows the record's unescaped fields.
 */
final class CsvTokenizer implements Fields {
    private static final int NONE = -1;

    private final InputStream in;
    /** Bytes that end an unquoted field: the delimiter, CR and LF; one table lookup instead of three compares. */
    private final boolean[] endsField = new boolean[256];
    private final byte delimiter;
    private final byte quote;
    private final int escape;
    private final int maxFieldBytes;
    private final int maxColumns;

    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long consumedBefore;
    private long line = 1;

    private byte[] data = new byte[1 << 14];
    private int dataLen;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];
    private int count;
    private long recordLine;

    CsvTokenizer(InputStream in, Dialect dialect, int maxFieldBytes, int maxColumns) {
        this.in = in;
        this.delimiter = (byte) dialect.delimiter();
        this.quote = (byte) dialect.quote();
        this.escape = dialect.escape() == null || dialect.escape() == dialect.quote() ? NONE : dialect.escape();
        this.maxFieldBytes = maxFieldBytes;
        this.maxColumns = maxColumns;
        endsField[delimiter & 0xff] = true;
        endsField['\n'] = true;
        endsField['\r'] = true;
    }

    /** Reads the next non-blank record; false at the end of the input. */
    boolean next() throws IOException, CsvFormatException {
        count = 0;
        dataLen = 0;
        if (!skipBlankLines()) {
            return false;
        }
        recordLine = line;
        while (true) {
            readField();
            int c = peek();
            if (c == delimiter) {
                pos++;
                continue;
            }
            if (c == '\r') {
                pos++;
                if (peek() == '\n') {
                    pos++;
                }
                line++;
            } else if (c == '\n') {
                pos++;
                line++;
            }
            return true;
        }
    }

    @Override
    public int fieldCount() {
        return count;
    }

    @Override
    public byte[] data() {
        return data;
    }

    @Override
    public int start(int field) {
        return starts[field];
    }

    @Override
    public int length(int field) {
        return ends[field] - starts[field];
    }

    @Override
    public boolean quoted(int field) {
        return quoted[field];
    }

    /** Line of the file where the current record starts, 1-based. */
    @Override
    public long recordLine() {
        return recordLine;
    }

    /** Bytes consumed from the stream so far. */
    long bytesRead() {
        return consumedBefore + pos;
    }

    private boolean skipBlankLines() throws IOException {
        while (true) {
            int c = peek();
            if (c == NONE) {
                return false;
            }
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                pos++;
                if (peek() == '\n') {
                    pos++;
                }
                line++;
            } else {
                return true;
            }
        }
    }

    private void readField() throws IOException, CsvFormatException {
        if (count == maxColumns) {
            throw new CsvFormatException(recordLine, "more than " + maxColumns + " columns in one record");
        }
        ensureFieldSlots();
        int fieldStart = dataLen;
        boolean isQuoted = peek() == quote;
        if (isQuoted) {
            pos++;
            readQuoted(fieldStart);
        } else {
            readUnquoted(fieldStart);
        }
        starts[count] = fieldStart;
        ends[count] = dataLen;
        quoted[count] = isQuoted;
        count++;
    }

    private void readUnquoted(int fieldStart) throws IOException, CsvFormatException {
        while (true) {
            if (pos == limit && !fill()) {
                return;
            }
            int from = pos;
            int p = pos;
            byte[] b = buf;
            boolean[] ends = endsField;
            int lim = limit;
            while (p < lim && !ends[b[p] & 0xff]) {
                p++;
            }
            append(b, from, p - from, fieldStart);
            pos = p;
            if (p < lim) {
                return;
            }
        }
    }

    private void readQuoted(int fieldStart) throws IOException, CsvFormatException {
        long openedAt = line;
        while (true) {
            if (pos == limit && !fill()) {
                throw new CsvFormatException(openedAt, "unterminated quote: the quoted field opened on line "
                        + openedAt + " (column " + (count + 1) + ") never closes");
            }
            int from = pos;
            int p = pos;
            byte[] b = buf;
            int lim = limit;
            while (p < lim) {
                byte c = b[p];
                if (c == quote || c == escape) {
                    break;
                }
                if (c == '\n') {
                    line++;
                }
                p++;
            }
            append(b, from, p - from, fieldStart);
            pos = p;
            if (p == lim) {
                continue;
            }
            byte special = b[p];
            pos++;
            int after = peek();
            if (special == escape && escape != NONE) {
                if (after == NONE) {
                    continue;
                }
                appendByte((byte) after, fieldStart);
                pos++;
            } else if (after == quote && escape == NONE) {
                appendByte(quote, fieldStart);
                pos++;
            } else {
                expectFieldEnd(skipPadding(after));
                return;
            }
        }
    }

    /** Spaces between a closing quote and the delimiter are common in hand-made files; they carry nothing. */
    private int skipPadding(int after) throws IOException {
        int c = after;
        while (c == ' ' || (c == '\t' && delimiter != '\t')) {
            pos++;
            c = peek();
        }
        return c;
    }

    private void expectFieldEnd(int after) throws CsvFormatException {
        if (after != NONE && after != delimiter && after != '\n' && after != '\r') {
            throw new CsvFormatException(line, "unexpected character '" + printable(after)
                    + "' after the closing quote of column " + (count + 1)
                    + "; a quote inside a quoted field must be doubled (\"\")");
        }
    }

    private static String printable(int c) {
        return c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c);
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return NONE;
        }
        return buf[pos] & 0xff;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        consumedBefore += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit = n;
        return true;
    }

    private void append(byte[] src, int from, int len, int fieldStart) throws CsvFormatException {
        if (len == 0) {
            return;
        }
        ensureData(len, fieldStart);
        System.arraycopy(src, from, data, dataLen, len);
        dataLen += len;
    }

    private void appendByte(byte c, int fieldStart) throws CsvFormatException {
        ensureData(1, fieldStart);
        data[dataLen++] = c;
    }

    private void ensureData(int extra, int fieldStart) throws CsvFormatException {
        if (dataLen - fieldStart + extra > maxFieldBytes) {
            throw new CsvFormatException(recordLine, "column " + (count + 1) + " is longer than " + maxFieldBytes
                    + " bytes; this is usually a quote that never closes (raise the limit with --max-field-bytes)");
        }
        if (dataLen + extra > data.length) {
            long want = Math.max((long) data.length * 2, (long) dataLen + extra);
            data = java.util.Arrays.copyOf(data, (int) Math.min(want, Integer.MAX_VALUE - 16));
        }
    }

    private void ensureFieldSlots() {
        if (count == starts.length) {
            int n = starts.length * 2;
            starts = java.util.Arrays.copyOf(starts, n);
            ends = java.util.Arrays.copyOf(ends, n);
            quoted = java.util.Arrays.copyOf(quoted, n);
        }
    }
}
