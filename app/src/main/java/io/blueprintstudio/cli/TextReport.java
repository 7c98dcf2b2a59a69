package io.blueprintstudio.cli;

import io.blueprintstudio.convert.Column;
import io.blueprintstudio.convert.ConversionReport;
import io.blueprintstudio.convert.Widening;
import java.util.Locale;

/** The conversion report as people read it. */
final class TextReport {
    private TextReport() {
    }

    static String of(ConversionReport r) {
        StringBuilder s = new StringBuilder();
        s.append("Converted ").append(r.source()).append('\n');
        r.outputs().forEach(o -> s.append("  -> ").append(o).append('\n'));
        s.append(String.format(Locale.ROOT, "  rows     %,d read, %,d written, %,d rejected%n", r.rowsRead(),
                r.rowsWritten(), r.rowsRejected()));
        if (r.rejectsLocation() != null) {
            s.append("  rejects  ").append(r.rejectsLocation()).append('\n');
        }
        s.append(String.format(Locale.ROOT, "  size     %s CSV -> %s Parquet in %.2f s%n", ConversionReport.humanBytes(r.bytesIn()),
                ConversionReport.humanBytes(r.bytesOut()), r.elapsed().toMillis() / 1000.0));
        var d = r.dialect();
        s.append("  dialect  delimiter ").append(visible(d.delimiter())).append(", quote ").append(d.quote())
                .append(d.escape() == null ? "" : ", escape " + d.escape())
                .append(d.header() ? ", header" : ", no header").append(", ").append(d.encoding())
                .append(d.bom() ? " with BOM" : "").append('\n');
        s.append("  columns\n");
        int width = r.schema().stream().mapToInt(c -> c.name().length()).max().orElse(4);
        for (Column c : r.schema()) {
            String line = String.format(Locale.ROOT, "    %-" + width + "s  %-14s", c.name(), c.typeName());
            if (c.sourceName() != null && !c.sourceName().equals(c.name())) {
                line += "  from \"" + c.sourceName() + '"';
            }
            s.append(line.stripTrailing()).append('\n');
        }
        for (Widening w : r.widenings()) {
            s.append("  widened  ").append(w.column()).append(' ').append(w.from()).append(" -> ").append(w.to())
                    .append(" at line ").append(w.line()).append(" (").append(w.value()).append(")\n");
        }
        return s.toString().stripTrailing();
    }

    private static String visible(char c) {
        return c == '\t' ? "tab" : "'" + c + "'";
    }
}
