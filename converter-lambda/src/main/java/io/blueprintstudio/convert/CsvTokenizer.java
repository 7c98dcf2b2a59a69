package io.blueprintstudio.convert;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into records of fields, RFC 4180 style, without decoding characters: every delimiter, quote
 * and line break we accept is ASCII, so UTF-8 input splits correctly byte by byte and numbers never become Strings.
 * Written by hand rather than taken from a CSV library because we need an escape character alongside quote
 * doubling, the physical line where each record starts, byte counts for progress, and field bytes we can decode
 * in place.
 *
 * <p>Fields are not copied: they are ranges of the read buffer, which keeps the current record whole when it
 * refills (moving it to the front, or growing). Escaped quotes are undone in place, which only ever shortens a
 * field. After {@link #next()} returns true, the {@link Fields} view shows the record's unescaped fields until the
 * next call.
 */
final class CsvTokenizer implements Fields {
    private static final int NONE = -1;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF_WORD = ONES * '\n';
    private static final long CR_WORD = ONES * '\r';

    private final InputStream in;
    /** Bytes that end an unquoted field: the delimiter, CR and LF; one table lookup instead of three compares. */
    private final boolean[] endsField = new boolean[256];
    private final byte delimiter;
    private final long delimiterWord;
    private final byte quote;
    private final int escape;
    private final int maxFieldBytes;
    private final int maxColumns;

    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    /** Where the record being read starts in {@link #buf}; bytes before it may be dropped on refill. */
    private int recordStart;
    /** Where the field being read starts, and where its unescaped bytes are being written. */
    private int fieldStart;
    private int write;
    private boolean eof;
    private long consumedBefore;
    private long line = 1;

    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];
    private int count;
    private long recordLine;

    CsvTokenizer(InputStream in, Dialect dialect, int maxFieldBytes, int maxColumns) {
        this.in = in;
        this.delimiter = (byte) dialect.delimiter();
        this.delimiterWord = ONES * (delimiter & 0xff);
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
        recordStart = pos;
        fieldStart = pos;
        write = pos;
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
        return buf;
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

    private boolean skipBlankLines() throws IOException, CsvFormatException {
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
            recordStart = pos;
        }
    }

    private void readField() throws IOException, CsvFormatException {
        if (count == maxColumns) {
            throw new CsvFormatException(recordLine, "more than " + maxColumns + " columns in one record");
        }
        ensureFieldSlots();
        boolean isQuoted = peek() == quote;
        if (isQuoted) {
            pos++;
            fieldStart = pos;
            write = pos;
            readQuoted();
        } else {
            fieldStart = pos;
            readUnquoted();
            write = pos;
        }
        checkFieldLength(write);
        starts[count] = fieldStart;
        ends[count] = write;
        quoted[count] = isQuoted;
        count++;
    }

    private void readUnquoted() throws IOException, CsvFormatException {
        while (true) {
            int p = scanToFieldEnd(buf, pos, limit);
            pos = p;
            if (p < limit || !fill()) {
                return;
            }
        }
    }

    /**
     * The first index in [p, lim) holding the delimiter, CR or LF, or lim. Eight bytes at a time where it can (a
     * word-wide test for any byte equal to each of the three), then byte by byte: this scan is most of the
     * tokenizer's time.
     */
    private int scanToFieldEnd(byte[] b, int p, int lim) {
        while (p + 8 <= lim) {
            long word = (long) LONGS.get(b, p);
            long hits = zeroBytes(word ^ delimiterWord) | zeroBytes(word ^ LF_WORD) | zeroBytes(word ^ CR_WORD);
            if (hits != 0) {
                return p + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
            p += 8;
        }
        boolean[] ends = endsField;
        while (p < lim && !ends[b[p] & 0xff]) {
            p++;
        }
        return p;
    }

    /**
     * High bit set in each byte of {@code v} that is zero. Bytes above the first zero may be flagged wrongly, which
     * is harmless because only the lowest flag is used.
     */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    private void readQuoted() throws IOException, CsvFormatException {
        long openedAt = line;
        while (true) {
            if (pos == limit && !fill()) {
                throw new CsvFormatException(openedAt, "unterminated quote: the quoted field opened on line "
                        + openedAt + " (column " + (count + 1) + ") never closes");
            }
            scanQuotedRun();
            if (pos == limit) {
                continue;
            }
            byte special = buf[pos];
            pos++;
            int after = peek();
            if (special == escape && escape != NONE) {
                if (after == NONE) {
                    continue;
                }
                buf[write++] = (byte) after;
                pos++;
            } else if (after == quote && escape == NONE) {
                buf[write++] = quote;
                pos++;
            } else {
                expectFieldEnd(skipPadding(after));
                return;
            }
        }
    }

    /** Advances over plain bytes of a quoted field, moving them down when earlier escapes shortened the field. */
    private void scanQuotedRun() {
        byte[] b = buf;
        int p = pos;
        int w = write;
        int lim = limit;
        while (p < lim) {
            byte c = b[p];
            if (c == quote || c == escape) {
                break;
            }
            if (c == '\n') {
                line++;
            }
            if (w != p) {
                b[w] = c;
            }
            w++;
            p++;
        }
        pos = p;
        write = w;
    }

    /** Spaces between a closing quote and the delimiter are common in hand-made files; they carry nothing. */
    private int skipPadding(int after) throws IOException, CsvFormatException {
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

    private int peek() throws IOException, CsvFormatException {
        if (pos == limit && !fill()) {
            return NONE;
        }
        return buf[pos] & 0xff;
    }

    /**
     * Reads more input after the bytes in hand, keeping the current record: it moves to the front of the buffer,
     * or the buffer grows when the record fills it. False at the end of the input.
     */
    private boolean fill() throws IOException, CsvFormatException {
        if (eof) {
            return false;
        }
        checkFieldLength(pos);
        int keep = limit - recordStart;
        if (recordStart > 0) {
            System.arraycopy(buf, recordStart, buf, 0, keep);
            shift(recordStart);
        } else if (keep == buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, Integer.MAX_VALUE - 16));
        }
        limit = keep;
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private void checkFieldLength(int end) throws CsvFormatException {
        if (end - fieldStart > maxFieldBytes) {
            throw new CsvFormatException(recordLine, "column " + (count + 1) + " is longer than " + maxFieldBytes
                    + " bytes; this is usually a quote that never closes (raise the limit with --max-field-bytes)");
        }
    }

    /** Moves every position in the buffer down by {@code by}, after the record moved to the front. */
    private void shift(int by) {
        consumedBefore += by;
        pos -= by;
        fieldStart -= by;
        write -= by;
        recordStart = 0;
        for (int i = 0; i < count; i++) {
            starts[i] -= by;
            ends[i] -= by;
        }
    }

    private void ensureFieldSlots() {
        if (count == starts.length) {
            int n = starts.length * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            quoted = Arrays.copyOf(quoted, n);
        }
    }
}
