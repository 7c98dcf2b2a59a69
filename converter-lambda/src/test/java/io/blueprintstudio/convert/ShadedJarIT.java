package io.blueprintstudio.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lambda runs the shaded jar alone: it must convert with no Hadoop on the class path (we compile against
 * Hadoop types but never ship them) and stay small enough to deploy comfortably.
 */
class ShadedJarIT {
    private static final long MAX_JAR_BYTES = 25L << 20;

    @TempDir
    Path dir;

    private static Path jar() {
        return Path.of(System.getProperty("lambda.jar"));
    }

    @Test
    void shipsNoHadoopAndStaysUnder25Megabytes() throws Exception {
        assertTrue(Files.size(jar()) < MAX_JAR_BYTES, "jar is " + Files.size(jar()) + " bytes");
        try (ZipFile zip = new ZipFile(jar().toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("org/apache/hadoop/")),
                    "Hadoop classes in the Lambda jar");
            assertTrue(zip.getEntry("io/blueprintstudio/lambda/CsvToParquetHandler.class") != null);
        }
    }

    @Test
    void convertsInAFreshJvmWithOnlyTheShadedJar() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,price,day\n1,2.50,2024-01-31\n2,3.75,2024-02-29\n");
        Path out = dir.resolve("out.parquet");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", jar().toString(), "io.blueprintstudio.convert.Main",
                in.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement();
                var rs = s.executeQuery("SELECT sum(id), sum(price)::VARCHAR, max(day)::VARCHAR FROM '" + out + "'")) {
            assertTrue(rs.next());
            assertEquals(3, rs.getLong(1));
            assertEquals("6.25", rs.getString(2));
            assertEquals("2024-02-29", rs.getString(3));
        }
    }
}
