package io.blueprintstudio.synth;

import io.blueprintstudio.synth.ExternalResources.BucketPrefix;
import java.util.List;

/**
 * What one Lambda function touches beyond its own config, found from the rest of the blueprint: the S3 locations
 * whose objects start the state machines that invoke it (it reads those), and the data lake keys of its project.
 */
record LambdaAccess(List<BucketPrefix> reads, List<String> dataLakeKeyArns) {

    static final LambdaAccess NONE = new LambdaAccess(List.of(), List.of());

    /** The object ARN pattern for everything under a prefix. */
    static String objects(String partition, BucketPrefix at) {
        String prefix = at.prefix() == null ? "" : at.prefix();
        if (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        return "arn:" + partition + ":s3:::" + at.bucket() + "/" + prefix + "*";
    }
}
