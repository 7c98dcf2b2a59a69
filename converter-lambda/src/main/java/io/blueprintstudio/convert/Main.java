package io.blueprintstudio.convert;

import io.blueprintstudio.convert.io.LocalCsvSource;
import io.blueprintstudio.convert.io.LocalDestination;
import java.nio.file.Path;

/**
 * {@code java -cp converter-lambda-*-lambda.jar io.blueprintstudio.convert.Main IN.csv OUT.parquet}: converts a local
 * file with default options using only the Lambda jar. It exists so a fresh JVM on the exact jar the Lambda runs
 * can be timed (our cold-start stand-in) and checked to need no Hadoop. Users want {@code blueprint-studio convert}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Main IN.csv OUT.parquet");
            System.exit(2);
        }
        Path out = Path.of(args[1]).toAbsolutePath();
        try {
            ConversionReport r = CsvToParquet.convert(new LocalCsvSource(Path.of(args[0])),
                    new LocalDestination(out.getParent()), out.getFileName().toString(), ConvertOptions.defaults(),
                    ConversionListener.NONE);
            System.out.println(ReportJson.toString(r));
        } catch (ConversionException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
