package io.blueprintstudio.convert.io;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A bucket and a key, written {@code s3://bucket/key}. The key is taken as written, never URL-decoded: that is how
 * the AWS CLI and the console show keys. The key may be empty, meaning the whole bucket (as a prefix).
 */
public record S3Location(String bucket, String key) {
    private static final String SCHEME = "s3://";
    // General-purpose bucket rules: 3-63 of lower-case letters, digits, dots and hyphens, alphanumeric at both ends.
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("'" + bucket + "' is not a valid S3 bucket name: use 3 to 63 lower-case"
                    + " letters, digits, dots or hyphens, starting and ending with a letter or digit");
        }
    }

    /** Reads {@code s3://bucket/key}; {@code s3://bucket} and {@code s3://bucket/} give an empty key. */
    public static S3Location parse(String url) {
        if (url == null || !url.startsWith(SCHEME)) {
            throw new IllegalArgumentException("'" + url + "' is not an S3 URL: expected s3://bucket/key");
        }
        String rest = url.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("'" + url + "' names no bucket: expected s3://bucket/key");
        }
        return new S3Location(bucket, slash < 0 ? "" : rest.substring(slash + 1));
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}
