package io.blueprintstudio.parquet;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.parquet.HadoopFreeReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads the first rows of a flat Parquet file in-process, without Hadoop: parquet-java's {@link LocalInputFile} and
 * its example record layer, with the converter's {@link io.blueprintstudio.convert.ParquetCodecs} for decompression. For showing a converted file back to the
 * user, not for bulk reading.
 */
public final class ParquetPeek {
    private ParquetPeek() {
    }

    public static ParquetSample read(Path file, int maxRows) throws IOException {
        // Not ParquetReadOptions.builder(): its constructor builds Hadoop codecs, and the app ships without Hadoop.
        ParquetReadOptions options = HadoopFreeReadOptions.of(io.blueprintstudio.convert.ParquetCodecs.INSTANCE);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (Type t : schema.getFields()) {
                names.add(t.getName());
                types.add(typeName(t));
            }
            List<List<String>> rows = new ArrayList<>();
            PageReadStore pages;
            while (rows.size() < maxRows && (pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount() && rows.size() < maxRows; i++) {
                    rows.add(row(records.read(), schema));
                }
            }
            return new ParquetSample(names, types, reader.getRecordCount(), rows);
        }
    }

    private static List<String> row(Group g, MessageType schema) {
        List<String> out = new ArrayList<>(schema.getFieldCount());
        for (int i = 0; i < schema.getFieldCount(); i++) {
            Type t = schema.getType(i);
            out.add(g.getFieldRepetitionCount(i) == 0 ? null
                    : t.isPrimitive() ? value(g, i, t.asPrimitiveType()) : g.getValueToString(i, 0));
        }
        return Collections.unmodifiableList(out);
    }

    /** A value as the CSV would have written it: logical types decoded, not their physical storage. */
    private static String value(Group g, int i, PrimitiveType t) {
        LogicalTypeAnnotation logical = t.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
            BigInteger unscaled = t.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64
                    ? BigInteger.valueOf(g.getLong(i, 0))
                    : t.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32
                            ? BigInteger.valueOf(g.getInteger(i, 0))
                            : new BigInteger(g.getBinary(i, 0).getBytes());
            return new BigDecimal(unscaled, d.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return LocalDate.ofEpochDay(g.getInteger(i, 0)).toString();
        }
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
            Instant at = instant(g.getLong(i, 0), ts.getUnit());
            return ts.isAdjustedToUTC() ? at.toString() : LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString();
        }
        return switch (t.getPrimitiveTypeName()) {
            case BINARY -> logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                    ? g.getString(i, 0) : g.getValueToString(i, 0);
            default -> g.getValueToString(i, 0);
        };
    }

    private static Instant instant(long value, LogicalTypeAnnotation.TimeUnit unit) {
        return switch (unit) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L),
                    Math.floorMod(value, 1_000_000L) * 1_000L);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L),
                    Math.floorMod(value, 1_000_000_000L));
        };
    }

    /** {@code int64}, {@code string}, {@code decimal(18,2)}, {@code timestamp(MICROS, utc)} ... */
    private static String typeName(Type t) {
        if (!t.isPrimitive()) {
            return "group";
        }
        LogicalTypeAnnotation logical = t.getLogicalTypeAnnotation();
        return logical == null ? t.asPrimitiveType().getPrimitiveTypeName().name().toLowerCase(java.util.Locale.ROOT)
                : logical.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
