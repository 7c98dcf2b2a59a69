package io.blueprintstudio.synth;

import io.blueprintstudio.synth.ExternalResources.BucketPrefix;
import java.util.List;

/**
 * What one Lambda function touches beyond its own config, found from the rest of the blueprint.
 *
 * @param reads           the S3 locations whose objects start the state machines that invoke it (it reads those)
 * @param dataLakeKeyArns the data lake keys of its project ({@code s3OutputKmsKeyArn})
 * @param machines        the state machines that invoke it; empty when none of this environment does
 */
record LambdaAccess(List<BucketPrefix> reads, List<String> dataLakeKeyArns, List<String> machines) {

    LambdaAccess {
        reads = List.copyOf(reads);
        dataLakeKeyArns = List.copyOf(dataLakeKeyArns);
        machines = List.copyOf(machines);
    }
}
