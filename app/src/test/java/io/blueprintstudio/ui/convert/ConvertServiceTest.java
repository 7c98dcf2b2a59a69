package io.blueprintstudio.ui.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.convert.BadValuePolicy;
import io.blueprintstudio.convert.ColumnType;
import io.blueprintstudio.convert.ConversionException;
import io.blueprintstudio.convert.ConversionListener;
import io.blueprintstudio.convert.ConvertOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertServiceTest {
    static final Path SAMPLES = Path.of("..", "src-assets", "samples", "csv");

    @TempDir
    Path dir;

    @Test
    void outputDefaultsToTheCsvsNameBesideIt() {
        assertEquals(Path.of("/data/orders.parquet"), ConvertService.defaultOutput(Path.of("/data/orders.csv")));
        assertEquals(Path.of("/data/README.parquet"), ConvertService.defaultOutput(Path.of("/data/README")));
    }

    @Test
    void convertsThenReadsBackRejectsAndTheParquet() throws Exception {
        Path csv = Files.copy(SAMPLES.resolve("bad_value_reject.csv"), dir.resolve("in.csv"));
        ConvertOptions options = ConvertOptions.builder().onBadValue(BadValuePolicy.REJECT)
                .typeOverrides(Map.of("qty", ColumnType.INT64, "day", ColumnType.DATE)).build();

        ConvertService.Outcome o = ConvertService.convert(csv, dir.resolve("out.parquet"), options,
                ConversionListener.NONE);

        assertEquals(3, o.report().rowsWritten());
        assertEquals(2, o.report().rowsRejected());
        assertEquals(List.of("4", "5"), o.rejects().stream().map(ConvertService.Reject::line).toList());
        assertEquals("qty", o.rejects().get(0).column());
        assertEquals("lots", o.rejects().get(0).value());
        assertEquals("not a date", o.rejects().get(1).value());
        assertTrue(o.rejects().get(0).reason().contains("int64"), o.rejects().get(0).reason());
        assertEquals(List.of("id", "qty", "day"), o.parquet().columns());
        assertEquals(List.of("5", "50", "2024-01-05"), o.parquet().rows().get(2));
    }

    @Test
    void aBadValueIsDescribedWithItsLineAndColumn() throws Exception {
        Path csv = Files.copy(SAMPLES.resolve("simple_mixed_types.csv"), dir.resolve("in.csv"));
        ConvertOptions options = ConvertOptions.builder().typeOverrides(Map.of("customer", ColumnType.INT64)).build();

        ConversionException e = assertThrows(ConversionException.class,
                () -> ConvertService.convert(csv, dir.resolve("out.parquet"), options, ConversionListener.NONE));

        String text = ConvertService.describe(e);
        assertTrue(text.contains("line 2") && text.contains("customer") && text.contains("under Bad values"), text);
        assertEquals(List.of("in.csv"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }
}
