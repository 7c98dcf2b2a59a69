package io.blueprintstudio.cli;

import io.blueprintstudio.convert.CsvSource;
import io.blueprintstudio.convert.Destination;
import io.blueprintstudio.convert.io.LocalCsvSource;
import io.blueprintstudio.convert.io.LocalDestination;
import io.blueprintstudio.convert.io.S3Clients;
import io.blueprintstudio.convert.io.S3CsvSource;
import io.blueprintstudio.convert.io.S3Destination;
import io.blueprintstudio.convert.io.S3Location;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.s3.S3Client;

/** Turns the command line's IN and OUT (paths or s3:// URLs) into a source and a destination. */
final class Locations implements AutoCloseable {
    private final URI endpoint;
    private final String region;
    private S3Client s3;

    /** Where the Parquet goes: a destination and the file name inside it. */
    record Target(Destination destination, String fileName) {
    }

    Locations(URI endpoint, String region) {
        this.endpoint = endpoint;
        this.region = region;
    }

    CsvSource source(String in) {
        if (isS3(in)) {
            S3Location l = S3Location.parse(in);
            return new S3CsvSource(s3(), l.bucket(), l.key());
        }
        Path p = Path.of(in);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(in + " is not a file");
        }
        return new LocalCsvSource(p);
    }

    Target target(String in, String out, boolean partitioned) {
        boolean namesFile = out.endsWith(".parquet") && !partitioned;
        String defaultName = baseName(in) + ".parquet";
        if (isS3(out)) {
            S3Location l = S3Location.parse(out);
            String key = l.key();
            if (namesFile) {
                int slash = key.lastIndexOf('/');
                return new Target(new S3Destination(s3(), l.bucket(), key.substring(0, slash + 1)),
                        key.substring(slash + 1));
            }
            String prefix = key.isEmpty() || key.endsWith("/") ? key : key + "/";
            return new Target(new S3Destination(s3(), l.bucket(), prefix), defaultName);
        }
        Path o = Path.of(out).toAbsolutePath().normalize();
        if (namesFile) {
            if (!isS3(in) && o.equals(Path.of(in).toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("OUT is the same file as IN");
            }
            return new Target(new LocalDestination(o.getParent()), o.getFileName().toString());
        }
        return new Target(new LocalDestination(o), defaultName);
    }

    private static String baseName(String in) {
        String name = in.substring(in.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isS3(String s) {
        return s.startsWith("s3://");
    }

    private S3Client s3() {
        if (s3 == null) {
            s3 = S3Clients.create(endpoint, region);
        }
        return s3;
    }

    @Override
    public void close() {
        if (s3 != null) {
            s3.close();
        }
    }
}
