package io.blueprintstudio.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.parquet.io.api.Binary;

/**
 * Turns a batch's raw fields into typed values, a column at a time, and records each value that does not fit
 * (with why). Decoding is strict: a value that does not fit its column's type exactly is reported, never coerced.
 * One instance per thread.
 */
final class BatchDecoder {
    private static final long[] POW10 = new long[19];
    /** Largest unscaled value that, shifted by i digits, still fits decimal(18,..): avoids a division per value. */
    private static final long[] MAX_BEFORE_SHIFT = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
        for (int i = 0; i < POW10.length; i++) {
            MAX_BEFORE_SHIFT[i] = (POW10[18] - 1) / POW10[i];
        }
    }

    private final List<Column> columns;
    private final byte[][] nullMarkers;
    private final ValueReader reader = new ValueReader();
    /** Why the last value failed. */
    private String badReason;

    BatchDecoder(List<Column> columns, Set<String> nullMarkers) {
        this.columns = columns;
        this.nullMarkers = nullMarkers.stream().filter(m -> !m.isEmpty())
                .map(m -> m.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /** Decodes columns [from, to) of every regular row, adding what does not fit to {@code failures}. */
    void decode(RowBatch batch, int from, int to, List<RowBatch.BadValue> failures) {
        for (int c = from; c < to; c++) {
            for (int r = 0; r < batch.size; r++) {
                if (batch.irregular[r] != null) {
                    batch.nulls[c][r] = true;
                } else if (!decodeField(batch, c, r)) {
                    batch.nulls[c][r] = true;
                    failures.add(new RowBatch.BadValue(r, c, badReason));
                }
            }
        }
    }

    private boolean decodeField(RowBatch batch, int c, int row) {
        int i = row * batch.width + c;
        byte[] b = batch.raw;
        int off = batch.start[i];
        int len = batch.length[i];
        Column col = columns.get(c);
        boolean quoted = batch.quoted[i];
        boolean isNull = quoted ? len == 0 && col.type() != ColumnType.STRING : isNullMarker(b, off, len);
        batch.nulls[c][row] = isNull;
        if (isNull) {
            return true;
        }
        return switch (col.type()) {
            case BOOLEAN -> decodeBoolean(b, off, len, batch.longs[c], row);
            case INT64 -> check(reader.parseLong(b, off, len), batch.longs[c], row, col);
            case DOUBLE -> decodeDouble(b, off, len, batch.doubles[c], row, col);
            case DECIMAL -> decodeDecimal(b, off, len, col, batch, c, row);
            case DATE -> check(reader.parseDate(b, off, len), batch.longs[c], row, col);
            case TIMESTAMP -> decodeTimestamp(b, off, len, ValueReader.LOCAL_TIMESTAMP, batch.longs[c], row, col);
            case TIMESTAMP_UTC -> decodeTimestamp(b, off, len, ValueReader.UTC_TIMESTAMP, batch.longs[c], row, col);
            case STRING -> decodeString(b, off, len, batch, c, row);
        };
    }

    /** Whether the field is null for inference: a null marker, or a quoted empty text. */
    boolean isNullText(Fields f, int c) {
        return f.quoted(c) ? f.length(c) == 0 : isNullMarker(f.data(), f.start(c), f.length(c));
    }

    private boolean isNullMarker(byte[] b, int off, int len) {
        if (len == 0) {
            return true;
        }
        for (byte[] m : nullMarkers) {
            if (m.length == len && b[off] == m[0] && java.util.Arrays.equals(b, off, off + len, m, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private boolean decodeBoolean(byte[] b, int off, int len, long[] out, int row) {
        int v = ValueReader.parseBoolean(b, off, len);
        if (v < 0) {
            badReason = "is not a boolean (true or false)";
            return false;
        }
        out[row] = v;
        return true;
    }

    private boolean check(boolean parsed, long[] out, int row, Column col) {
        if (!parsed) {
            badReason = "is not " + article(col);
            return false;
        }
        out[row] = reader.longValue;
        return true;
    }

    private boolean decodeDouble(byte[] b, int off, int len, double[] out, int row, Column col) {
        if (!reader.parseDouble(b, off, len)) {
            badReason = "is not " + article(col);
            return false;
        }
        out[row] = reader.doubleValue;
        return true;
    }

    private boolean decodeTimestamp(byte[] b, int off, int len, int wanted, long[] out, int row, Column col) {
        int kind = reader.parseTimestamp(b, off, len);
        if (kind == ValueReader.NOT_TIMESTAMP && wanted == ValueReader.LOCAL_TIMESTAMP
                && reader.parseDate(b, off, len)) {
            out[row] = reader.longValue * 86_400_000_000L;
            return true;
        }
        if (kind != wanted) {
            badReason = kind == ValueReader.NOT_TIMESTAMP ? "is not " + article(col)
                    : kind == ValueReader.UTC_TIMESTAMP ? "has a UTC offset, but the column's timestamps have none"
                    : "has no UTC offset, but the column's timestamps have one";
            return false;
        }
        out[row] = reader.longValue;
        return true;
    }

    private boolean decodeDecimal(byte[] b, int off, int len, Column col, RowBatch batch, int c, int row) {
        if (!reader.parseDecimal(b, off, len)) {
            badReason = "is not " + article(col);
            return false;
        }
        int shift = col.scale() - reader.scale;
        if (col.precision() <= 18 && reader.fitsLong && shift >= 0 && shift < POW10.length) {
            long v = reader.longValue;
            if (Math.abs(v) <= MAX_BEFORE_SHIFT[shift]) {
                batch.longs[c][row] = v * POW10[shift];
                return true;
            }
        }
        BigInteger unscaled = exactUnscaled(b, off, len, col);
        if (unscaled == null) {
            return false;
        }
        if (col.precision() <= 18) {
            batch.longs[c][row] = unscaled.longValueExact();
        } else {
            batch.binaries[c][row] = Binary.fromConstantByteArray(toSixteenBytes(unscaled));
        }
        return true;
    }

    private BigInteger exactUnscaled(byte[] b, int off, int len, Column col) {
        BigDecimal value = new BigDecimal(new String(b, off, len, StandardCharsets.US_ASCII));
        try {
            BigInteger unscaled = value.setScale(col.scale()).unscaledValue();
            if (unscaled.abs().compareTo(BigInteger.TEN.pow(col.precision())) >= 0) {
                badReason = "has more digits than " + col.typeName() + " holds";
                return null;
            }
            return unscaled;
        } catch (ArithmeticException e) {
            badReason = "has more than " + col.scale() + " digits after the point, so " + col.typeName()
                    + " would round it";
            return null;
        }
    }

    private static byte[] toSixteenBytes(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[16];
        byte pad = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, 0, 16 - raw.length, pad);
        System.arraycopy(raw, 0, out, 16 - raw.length, raw.length);
        return out;
    }

    private boolean decodeString(byte[] b, int off, int len, RowBatch batch, int c, int row) {
        String problem = Utf8.problem(b, off, len);
        if (problem != null) {
            badReason = problem;
            return false;
        }
        batch.binaries[c][row] = Binary.fromReusedByteArray(b, off, len);
        return true;
    }

    /** The Hive path of a decoded row, such as {@code country=DE/year=2024}. */
    static String partitionKey(RowBatch batch, int row, int[] partitionColumns, List<Column> columns) {
        StringBuilder key = new StringBuilder();
        Fields f = batch.row(row);
        for (int c : partitionColumns) {
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(columns.get(c).name()).append('=');
            key.append(batch.nulls[c][row] ? HivePaths.DEFAULT_PARTITION : HivePaths.escape(f.text(c)));
        }
        return key.toString();
    }

    private static String article(Column col) {
        String name = col.typeName();
        return (name.startsWith("i") ? "an " : "a ") + name;
    }
}
