package io.blueprintstudio.convert.io;

import io.blueprintstudio.convert.CsvSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.OptionalLong;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A CSV object in S3. Each {@link #open()} is a fresh GetObject, so the converter can read the file again after
 * sampling. The size comes from one HeadObject, made on first need and remembered.
 */
public final class S3CsvSource implements CsvSource {
    private final S3Client s3;
    private final S3Location location;
    private Long size;

    public S3CsvSource(S3Client s3, String bucket, String key) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.location = new S3Location(bucket, key);
        if (key.isEmpty() || key.endsWith("/")) {
            throw new IllegalArgumentException(location + " names a folder, not a CSV object");
        }
    }

    public S3Location location() {
        return location;
    }

    @Override
    public String name() {
        return location.toString();
    }

    /**
     * Whether the object exists, asking S3 once; other failures (such as access denied) are thrown, naming the
     * object, so they are not mistaken for a missing key.
     */
    public boolean exists() throws IOException {
        if (size != null) {
            return true;
        }
        try {
            size = s3.headObject(b -> b.bucket(location.bucket()).key(location.key())).contentLength();
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw failure("looking up", e);
        } catch (SdkException e) {
            throw failure("looking up", e);
        }
    }

    @Override
    public OptionalLong size() {
        try {
            return exists() ? OptionalLong.of(size) : OptionalLong.empty();
        } catch (IOException e) {
            // The size only feeds progress; open() reports the real problem.
            return OptionalLong.empty();
        }
    }

    @Override
    public InputStream open() throws IOException {
        try {
            return s3.getObject(b -> b.bucket(location.bucket()).key(location.key()));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException(location + " does not exist");
        } catch (SdkException e) {
            throw failure("reading", e);
        }
    }

    private IOException failure(String doing, SdkException e) {
        return new IOException(doing + " " + location + " failed: " + e.getMessage(), e);
    }
}
