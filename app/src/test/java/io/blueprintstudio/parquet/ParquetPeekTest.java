package io.blueprintstudio.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.blueprintstudio.convert.Compression;
import io.blueprintstudio.convert.ConversionListener;
import io.blueprintstudio.convert.ConvertOptions;
import io.blueprintstudio.convert.CsvToParquet;
import io.blueprintstudio.convert.io.LocalCsvSource;
import io.blueprintstudio.convert.io.LocalDestination;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetPeekTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Compression.class)
    void readsBackWhatTheConverterWroteWithLogicalTypesDecoded(Compression compression) throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, """
                id,name,amount,day,at,local,flag
                1,Alice,12.50,2024-03-01,2024-03-01T10:15:30Z,2024-03-01T10:15:30.5,true
                2,,-0.25,1969-12-31,1969-12-31T23:59:59.999999Z,1969-12-31T23:59:59,false
                """);
        CsvToParquet.convert(new LocalCsvSource(csv), new LocalDestination(dir), "out.parquet",
                ConvertOptions.builder().compression(compression).build(), ConversionListener.NONE);

        ParquetSample s = ParquetPeek.read(dir.resolve("out.parquet"), 100);

        assertEquals(List.of("id", "name", "amount", "day", "at", "local", "flag"), s.columns());
        assertEquals("int64", s.types().get(0));
        assertEquals(2, s.totalRows());
        assertEquals(Arrays.asList("1", "Alice", "12.50", "2024-03-01", "2024-03-01T10:15:30Z",
                "2024-03-01T10:15:30.500", "true"), s.rows().get(0));
        assertEquals(Arrays.asList("2", null, "-0.25", "1969-12-31", "1969-12-31T23:59:59.999999Z",
                "1969-12-31T23:59:59", "false"), s.rows().get(1));
    }

    /**
     * The app ships without Hadoop, but the test class path has it (compile-only dependency): read through a class
     * loader that hides every jar holding org.apache.hadoop, so any Hadoop call on the read path fails here.
     */
    @ParameterizedTest
    @EnumSource(Compression.class)
    void readsWithoutHadoopOnTheClassPath(Compression compression) throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "id,name,amount\n1,Alice,12.50\n");
        CsvToParquet.convert(new LocalCsvSource(csv), new LocalDestination(dir), "out.parquet",
                ConvertOptions.builder().compression(compression).build(), ConversionListener.NONE);
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("hadoop-client")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader noHadoop = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> noHadoop.loadClass("org.apache.hadoop.conf.Configuration"));
            Object sample = noHadoop.loadClass(ParquetPeek.class.getName()).getMethod("read", Path.class, int.class)
                    .invoke(null, dir.resolve("out.parquet"), 10);
            assertEquals("[[1, Alice, 12.50]]", sample.getClass().getMethod("rows").invoke(sample).toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = "SNAPPY")
    void stopsAtTheRowsAsked(Compression compression) throws Exception {
        Path csv = dir.resolve("many.csv");
        StringBuilder b = new StringBuilder("n\n");
        for (int i = 0; i < 5000; i++) {
            b.append(i).append('\n');
        }
        Files.writeString(csv, b);
        CsvToParquet.convert(new LocalCsvSource(csv), new LocalDestination(dir), "many.parquet",
                ConvertOptions.builder().compression(compression).build(), ConversionListener.NONE);

        ParquetSample s = ParquetPeek.read(dir.resolve("many.parquet"), 100);

        assertEquals(100, s.rows().size());
        assertEquals(5000, s.totalRows());
        assertEquals("99", s.rows().get(99).get(0));
    }
}
