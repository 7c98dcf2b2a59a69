package io.blueprintstudio.cli;

import io.blueprintstudio.convert.BadValuePolicy;
import io.blueprintstudio.convert.ColumnType;
import io.blueprintstudio.convert.Compression;
import io.blueprintstudio.convert.ConversionException;
import io.blueprintstudio.convert.ConversionReport;
import io.blueprintstudio.convert.ConvertOptions;
import io.blueprintstudio.convert.CsvToParquet;
import io.blueprintstudio.convert.ReportJson;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert IN OUT}: the same converter core the Lambda runs, on local paths or s3:// URLs. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert a CSV file to Parquet with the converter the Lambda runs.",
                "IN is a CSV path or s3://bucket/key. OUT ending in .parquet names the file; otherwise it is a"
                        + " folder (or s3:// prefix) and the file is named after IN. With --partition-by, OUT is"
                        + " always a folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:converted", "1:the input could not be converted (message names line and column)",
                "2:wrong usage or options", "3:reading or writing failed", "130:cancelled"})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "CSV file or s3://bucket/key")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Parquet file, folder, or s3:// URL")
    String out;

    @Option(names = {"-d", "--delimiter"}, paramLabel = "CHAR",
            description = "Field separator: a character, 'tab', or 'auto' (default: auto among , ; tab |)")
    String delimiter = "auto";

    @Option(names = "--quote", paramLabel = "CHAR", description = "Quote character (default: \")")
    char quote = '"';

    @Option(names = "--escape", paramLabel = "CHAR",
            description = "Escape character inside quotes (default: none, quotes are doubled)")
    Character escape;

    @Option(names = "--no-header", description = "The first line is data; columns are named col_1, col_2, ...")
    boolean noHeader;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Input encoding (default: UTF-8)")
    Charset encoding = java.nio.charset.StandardCharsets.UTF_8;

    @Option(names = "--null", paramLabel = "TEXT", split = ",",
            description = "Unquoted texts read as null; repeat or comma-separate (default: empty, NULL, null, \\N)")
    List<String> nullMarkers;

    @Option(names = {"-c", "--compression"}, paramLabel = "CODEC",
            description = "snappy, zstd, gzip or none (default: snappy)")
    Compression compression = Compression.SNAPPY;

    @Option(names = "--row-group-size", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Target row-group size, e.g. 64M; bounds memory (default: 64M)")
    long rowGroupBytes = ConvertOptions.DEFAULT_ROW_GROUP_BYTES;

    @Option(names = "--sample-rows", paramLabel = "N", description = "Rows read to infer types (default: 10000)")
    int sampleRows = 10_000;

    @Option(names = "--on-bad-value", paramLabel = "POLICY",
            description = "When a value breaks its column's type: fail, widen, or reject (default: fail)")
    BadValuePolicy onBadValue = BadValuePolicy.FAIL;

    @Option(names = "--partition-by", paramLabel = "COLUMN", split = ",",
            description = "Write Hive-style COLUMN=value/ folders; repeat or comma-separate")
    List<String> partitionBy = new ArrayList<>();

    @Option(names = "--type", paramLabel = "COLUMN=TYPE", split = ",",
            description = "Override an inferred type: boolean, int64, decimal, double, date, timestamp,"
                    + " timestamp_utc, string")
    Map<String, ColumnType> typeOverrides = new LinkedHashMap<>();

    @Option(names = "--max-field-bytes", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Longest field accepted (default: 64M)")
    long maxFieldBytes = 64L << 20;

    @Option(names = "--max-partitions", paramLabel = "N",
            description = "Distinct partition values written at once (default: 64)")
    int maxPartitions = 64;

    @Option(names = "--report", paramLabel = "FORMAT", description = "text or json, on stdout (default: text)")
    ReportFormat report = ReportFormat.TEXT;

    @Option(names = "--progress", paramLabel = "WHEN",
            description = "auto (when stderr is a terminal), always, or never (default: auto)")
    ProgressBar.When progress = ProgressBar.When.AUTO;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "S3 endpoint override, e.g. a local emulator (default: AWS)")
    URI endpoint;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region for s3:// URLs")
    String region;

    enum ReportFormat { TEXT, JSON }

    @Override
    public Integer call() {
        ConvertOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            System.err.println("convert: " + e.getMessage());
            return 2;
        }
        try (Locations locations = new Locations(endpoint, region)) {
            Locations.Target target = locations.target(in, out, !partitionBy.isEmpty());
            ProgressBar bar = new ProgressBar(progress, System.err);
            ConversionReport r;
            CountDownLatch stopped = new CountDownLatch(1);
            Thread onCtrlC = new Thread(() -> cancelAndWait(bar, stopped), "convert-cancel");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                r = CsvToParquet.convert(locations.source(in), target.destination(), target.fileName(), options,
                        bar);
            } finally {
                stopped.countDown();
                bar.finish();
                removeHook(onCtrlC);
            }
            System.out.println(report == ReportFormat.JSON ? ReportJson.toString(r) : TextReport.of(r));
            return 0;
        } catch (ConversionException e) {
            System.err.println("convert: " + e.getMessage());
            return switch (e.kind()) {
                case BAD_INPUT, BAD_VALUE -> 1;
                case BAD_OPTIONS -> 2;
                case IO -> 3;
                case CANCELLED -> 130;
            };
        } catch (IllegalArgumentException e) {
            System.err.println("convert: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Ctrl-C: ask the conversion to stop and give it a moment to discard its temporary files, so an interrupted
     * run leaves nothing behind, not even hidden in-progress files.
     */
    private static void cancelAndWait(ProgressBar bar, CountDownLatch stopped) {
        bar.cancel();
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running and will finish on its own.
        }
    }

    private ConvertOptions options() {
        return ConvertOptions.builder()
                .delimiter(parseDelimiter(delimiter))
                .quote(quote)
                .escape(escape)
                .header(!noHeader)
                .encoding(encoding)
                .nullMarkers(nullMarkers == null ? ConvertOptions.defaults().nullMarkers() : Set.copyOf(nullMarkers))
                .compression(compression)
                .rowGroupBytes(rowGroupBytes)
                .sampleRows(sampleRows)
                .onBadValue(onBadValue)
                .partitionColumns(partitionBy)
                .typeOverrides(typeOverrides)
                .maxFieldBytes((int) Math.min(Integer.MAX_VALUE - 64, maxFieldBytes))
                .maxOpenPartitions(maxPartitions)
                .build();
    }

    static Character parseDelimiter(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> null;
            case "tab", "\\t" -> '\t';
            default -> {
                if (text.length() != 1) {
                    throw new IllegalArgumentException("--delimiter takes one character, 'tab' or 'auto', not '"
                            + text + "'");
                }
                yield text.charAt(0);
            }
        };
    }
}
