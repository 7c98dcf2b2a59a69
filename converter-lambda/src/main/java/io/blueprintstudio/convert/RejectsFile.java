package io.blueprintstudio.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rows left out of the Parquet, with why: a CSV of {@code line, column, reason} followed by the row's original
 * fields, byte for byte. Created on the first reject, committed with the Parquet, discarded with it.
 */
final class RejectsFile {
    private final Destination destination;
    private final String path;
    private final List<Column> columns;
    private PendingFile pending;
    private OutputStream out;

    RejectsFile(Destination destination, String parquetName, List<Column> columns) {
        this.destination = destination;
        int dot = parquetName.lastIndexOf('.');
        this.path = (dot > 0 ? parquetName.substring(0, dot) : parquetName) + ".rejects.csv";
        this.columns = columns;
    }

    void add(Fields f, String column, String reason) throws IOException {
        if (out == null) {
            pending = destination.create(path);
            out = pending.stream();
            StringBuilder head = new StringBuilder("line,column,reason");
            for (Column c : columns) {
                head.append(',').append(c.name());
            }
            out.write(head.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        writeText(Long.toString(f.recordLine()));
        out.write(',');
        writeText(column == null ? "" : column);
        out.write(',');
        writeText(reason);
        for (int i = 0; i < f.fieldCount(); i++) {
            out.write(',');
            writeQuoted(f.data(), f.start(i), f.length(i));
        }
        out.write('\n');
    }

    private void writeText(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeQuoted(b, 0, b.length);
    }

    private void writeQuoted(byte[] b, int off, int len) throws IOException {
        out.write('"');
        for (int i = off; i < off + len; i++) {
            if (b[i] == '"') {
                out.write('"');
            }
            out.write(b[i]);
        }
        out.write('"');
    }

    /** The committed location, or {@code null} when nothing was rejected. */
    String commit() throws IOException {
        if (pending == null) {
            return null;
        }
        out.close();
        pending.commit();
        return pending.location();
    }

    void abort() {
        if (pending != null) {
            pending.abort();
        }
    }
}
