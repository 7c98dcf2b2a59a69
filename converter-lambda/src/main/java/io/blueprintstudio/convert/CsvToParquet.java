package io.blueprintstudio.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The converter's front door: one CSV in, Parquet out, with a report. */
public final class CsvToParquet {
    private CsvToParquet() {
    }

    /**
     * Reads only the head of {@code source}: the dialect, the schema inferred from {@code options.sampleRows()}
     * rows, and the first {@code maxRows} of them as text. Type overrides in the options apply.
     */
    public static CsvPreview preview(CsvSource source, ConvertOptions options, int maxRows)
            throws ConversionException {
        try (Sample sample = Sample.read(source, options)) {
            List<Column> columns = SchemaBuilder.infer(sample, options);
            BatchDecoder nulls = new BatchDecoder(List.of(), options.nullMarkers());
            List<List<String>> rows = new ArrayList<>();
            for (SavedRecord r : sample.records.subList(0, Math.min(maxRows, sample.records.size()))) {
                List<String> row = new ArrayList<>(r.fieldCount());
                for (int c = 0; c < r.fieldCount(); c++) {
                    row.add(nulls.isNullText(r, c) && !(r.quoted(c) && c < columns.size()
                            && columns.get(c).type() == ColumnType.STRING) ? null : r.text(c));
                }
                rows.add(java.util.Collections.unmodifiableList(row));
            }
            return new CsvPreview(sample.dialect, columns, rows);
        } catch (IOException e) {
            throw new ConversionException(ConversionException.Kind.IO,
                    "reading " + source.name() + " failed: " + e.getMessage(), 0, null, e);
        }
    }

    /**
     * Converts {@code source} into {@code destination}. Without partition columns the result is one file at
     * {@code fileName}; with them, one file named {@code fileName} in each {@code col=value/} folder. Rejected rows
     * (policy REJECT) go to {@code fileName} with {@code .rejects.csv} in place of its extension. On any failure
     * nothing is left at the destination.
     */
    public static ConversionReport convert(CsvSource source, Destination destination, String fileName,
            ConvertOptions options, ConversionListener listener) throws ConversionException {
        if (fileName == null || fileName.isBlank() || fileName.startsWith("/") || fileName.contains("..")) {
            throw new ConversionException(ConversionException.Kind.BAD_OPTIONS,
                    "output file name must be a relative name, was '" + fileName + "'");
        }
        try {
            return new Conversion(source, destination, fileName, options, listener).run();
        } catch (IOException e) {
            throw new ConversionException(ConversionException.Kind.IO,
                    "reading " + source.name() + " or writing the Parquet failed: " + e.getMessage(), 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversionException(ConversionException.Kind.CANCELLED,
                    "conversion of " + source.name() + " interrupted; nothing was written", 0, null, e);
        } catch (ConversionException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ConversionException(ConversionException.Kind.IO,
                    "converting " + source.name() + " failed: " + e, 0, null, e);
        }
    }
}
