package io.blueprintstudio.aws;

import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** Puts a local file into S3 on a target, e.g. a CSV where the blueprint's EventBridge rule starts a run. */
public final class Uploads {
    private Uploads() {
    }

    /** Uploads {@code file} to {@code s3://bucket/key}; returns that URL. The message of a failure names both. */
    public static String upload(AwsTarget target, Path file, String bucket, String key) {
        String url = "s3://" + bucket + "/" + key;
        if (!Files.isRegularFile(file)) {
            throw new TailException("no such file: " + file);
        }
        try (S3Client s3 = target.s3()) {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType("text/csv"), RequestBody.fromFile(file));
            return url;
        } catch (NoSuchBucketException e) {
            throw new TailException("could not upload " + file.getFileName() + ": the bucket " + bucket
                    + " does not exist on " + target.describe() + " (is the blueprint deployed there?)", e);
        } catch (SdkException e) {
            throw new TailException("could not upload " + file.getFileName() + " to " + url + ": "
                    + ExecutionTail.describe(e), e);
        }
    }
}
