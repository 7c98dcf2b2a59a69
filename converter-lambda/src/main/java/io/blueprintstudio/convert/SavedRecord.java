package io.blueprintstudio.convert;

import java.util.Arrays;

/** A copy of a tokenized record, kept while sampling so the same rows need not be read twice. */
final class SavedRecord implements Fields {
    private final byte[] data;
    private final int[] starts;
    private final int[] lengths;
    private final boolean[] quoted;
    private final long line;

    SavedRecord(Fields f) {
        int n = f.fieldCount();
        starts = new int[n];
        lengths = new int[n];
        quoted = new boolean[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += f.length(i);
        }
        data = new byte[total];
        int at = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(f.data(), f.start(i), data, at, f.length(i));
            starts[i] = at;
            lengths[i] = f.length(i);
            quoted[i] = f.quoted(i);
            at += f.length(i);
        }
        line = f.recordLine();
    }

    int byteSize() {
        return data.length + starts.length * 9 + 64;
    }

    @Override public int fieldCount() { return starts.length; }
    @Override public byte[] data() { return data; }
    @Override public int start(int field) { return starts[field]; }
    @Override public int length(int field) { return lengths[field]; }
    @Override public boolean quoted(int field) { return quoted[field]; }
    @Override public long recordLine() { return line; }

    @Override
    public String toString() {
        return "line " + line + ": " + Arrays.toString(lengths);
    }
}
