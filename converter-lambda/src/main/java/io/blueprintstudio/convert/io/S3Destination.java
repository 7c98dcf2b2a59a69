package io.blueprintstudio.convert.io;

import io.blueprintstudio.convert.Destination;
import io.blueprintstudio.convert.PendingFile;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 prefix. Files stream out in 8 MiB multipart-upload parts as they are written, so memory stays at about
 * one part per open file whatever the file's size; a file smaller than one part goes up as a single PutObject at
 * commit. Either way nothing is visible at the key until {@link PendingFile#commit()}.
 */
public final class S3Destination implements Destination {
    /** Above S3's 5 MiB minimum part; 10,000 parts of this size allow files up to about 78 GiB. */
    public static final int PART_SIZE = 8 << 20;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** {@code prefix} is a folder: slashes are normalised and a missing trailing slash is added. */
    public S3Destination(S3Client s3, String bucket, String prefix) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.prefix = S3Keys.folder(prefix == null ? "" : prefix);
        this.bucket = new S3Location(bucket, this.prefix).bucket();
    }

    @Override
    public PendingFile create(String relativePath) {
        S3Location target = new S3Location(bucket, key(relativePath));
        return new S3PendingFile(s3, target, PART_SIZE, contentType(relativePath));
    }

    @Override
    public String locationOf(String relativePath) {
        return new S3Location(bucket, key(relativePath)).toString();
    }

    private String key(String relativePath) {
        if (relativePath == null || relativePath.isBlank() || relativePath.endsWith("/")) {
            throw new IllegalArgumentException("'" + relativePath + "' is not a file name below s3://" + bucket
                    + "/" + prefix);
        }
        for (String segment : relativePath.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("'" + relativePath + "' must not contain . or .. segments");
            }
        }
        return S3Keys.join(prefix, relativePath);
    }

    /** Lets consoles and browsers show the object sensibly; the data does not depend on it. */
    static String contentType(String relativePath) {
        if (relativePath.endsWith(".parquet")) {
            return "application/vnd.apache.parquet";
        }
        return relativePath.endsWith(".csv") ? "text/csv" : "application/octet-stream";
    }
}
