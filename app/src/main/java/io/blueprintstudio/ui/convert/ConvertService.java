package io.blueprintstudio.ui.convert;

import io.blueprintstudio.convert.ConversionException;
import io.blueprintstudio.convert.ConversionListener;
import io.blueprintstudio.convert.ConversionReport;
import io.blueprintstudio.convert.ConvertOptions;
import io.blueprintstudio.convert.CsvPreview;
import io.blueprintstudio.convert.CsvToParquet;
import io.blueprintstudio.convert.io.LocalCsvSource;
import io.blueprintstudio.convert.io.LocalDestination;
import io.blueprintstudio.parquet.ParquetPeek;
import io.blueprintstudio.parquet.ParquetSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Convert screen does, without JavaFX: preview a CSV, convert it with the core unchanged, then read back
 * the first rejects and the head of the Parquet. Each call blocks; the view-model runs them on background tasks.
 */
public final class ConvertService {
    /** Rows of the Parquet read back for the preview. */
    public static final int READ_BACK_ROWS = 100;
    /** Rejects shown in the summary; the rest are in the rejects file. */
    public static final int REJECTS_SHOWN = 5;

    private ConvertService() {
    }

    /** The converted file, the rejects worth showing, and the head of what was written. */
    public record Outcome(ConversionReport report, List<Reject> rejects, ParquetSample parquet) {
        public Outcome {
            rejects = List.copyOf(rejects);
        }
    }

    /** One rejected row: its CSV line, the column (may be null), the value found there (may be null), the reason. */
    public record Reject(String line, String column, String value, String reason) {
    }

    public static CsvPreview preview(Path csv, ConvertOptions options, int maxRows) throws ConversionException {
        return CsvToParquet.preview(new LocalCsvSource(csv), options, maxRows);
    }

    /** {@code orders.csv} → {@code orders.parquet} in the same folder. */
    public static Path defaultOutput(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return csv.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".parquet");
    }

    public static Outcome convert(Path csv, Path parquet, ConvertOptions options, ConversionListener listener)
            throws ConversionException {
        Path folder = parquet.toAbsolutePath().getParent();
        ConversionReport report = CsvToParquet.convert(new LocalCsvSource(csv), new LocalDestination(folder),
                parquet.getFileName().toString(), options, listener);
        List<Reject> rejects = report.rejectsLocation() == null ? List.of()
                : firstRejects(Path.of(report.rejectsLocation()));
        ParquetSample sample;
        try {
            sample = report.outputs().isEmpty() ? null : ParquetPeek.read(Path.of(report.outputs().get(0)),
                    READ_BACK_ROWS);
        } catch (IOException | RuntimeException e) {
            throw new ConversionException(ConversionException.Kind.IO, "the Parquet was written to "
                    + report.outputs().get(0) + " but reading it back failed: " + e.getMessage(), 0, null, e);
        }
        return new Outcome(report, rejects, sample);
    }

    /** The rejects file is a CSV of line, column, reason and the row: read with the core's own CSV reader. */
    static List<Reject> firstRejects(Path rejectsFile) throws ConversionException {
        ConvertOptions asText = ConvertOptions.builder().delimiter(',').sampleRows(REJECTS_SHOWN).build();
        CsvPreview p = CsvToParquet.preview(new LocalCsvSource(rejectsFile), asText, REJECTS_SHOWN);
        List<String> header = p.columns().stream().map(c -> c.name()).toList();
        List<Reject> out = new ArrayList<>();
        for (List<String> row : p.rows()) {
            String column = field(row, 1);
            int at = column == null ? -1 : header.subList(3, header.size()).indexOf(column);
            out.add(new Reject(field(row, 0), column, at < 0 ? null : field(row, 3 + at), field(row, 2)));
        }
        return out;
    }

    private static String field(List<String> row, int i) {
        return i < row.size() ? row.get(i) : null;
    }

    /** A conversion error for the user: its message, then where (line and column) when the core knows. */
    public static String describe(ConversionException e) {
        // The core's hint names the command line's flag; on this screen the same choice is the Bad values box.
        String message = e.getMessage().replaceAll("\\(use --on-bad-value [^)]*\\)",
                "(choose widen or reject under Bad values)");
        StringBuilder s = new StringBuilder(message);
        boolean lineNamed = e.line() > 0 && !message.contains("line " + e.line());
        boolean columnNamed = e.column() != null && !message.contains(e.column());
        if (lineNamed || columnNamed) {
            s.append(" (");
            if (lineNamed) {
                s.append("line ").append(e.line());
            }
            if (columnNamed) {
                s.append(lineNamed ? ", " : "").append("column ").append(e.column());
            }
            s.append(')');
        }
        return s.toString();
    }
}
