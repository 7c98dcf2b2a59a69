package io.blueprintstudio.aws;

import java.nio.file.Path;
import java.util.List;

/**
 * A file or folder the CDK wants in S3 before its stack deploys (a Lambda jar, a large template).
 *
 * @param id           the asset hash the CDK named it by
 * @param displayName  what the CDK calls it ("MyFunction/Code"), or the id
 * @param source       the file or folder in the assembly
 * @param zipFolder    true when the folder is uploaded as a zip ({@code zip} packaging)
 * @param destinations bucket and key templates, with {@code ${AWS::AccountId}}-style placeholders
 */
public record FileAsset(String id, String displayName, Path source, boolean zipFolder,
        List<Destination> destinations) {
    public FileAsset {
        destinations = List.copyOf(destinations);
    }

    /** Where one copy goes, before placeholders are filled in. */
    public record Destination(String bucketName, String objectKey) {
        /** The bucket and key in {@code env}. */
        public Destination in(AwsEnvironment env) {
            return new Destination(env.fill(bucketName), env.fill(objectKey));
        }
    }
}
