package io.blueprintstudio.aws;

/**
 * The account, region and partition a deploy goes to, read from the target (STS) once per deploy.
 */
public record AwsEnvironment(String account, String region, String partition) {
    /** The partition of a region: China and GovCloud have their own. */
    public static String partitionOf(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    /** Fills the CDK's {@code ${AWS::AccountId}}, {@code ${AWS::Region}}, {@code ${AWS::Partition}} placeholders. */
    public String fill(String template) {
        return template.replace("${AWS::AccountId}", account).replace("${AWS::Region}", region)
                .replace("${AWS::Partition}", partition);
    }

    /** The assets bucket of the CDK's default bootstrap qualifier. */
    public String bootstrapBucket() {
        return "cdk-" + Bootstrap.QUALIFIER + "-assets-" + account + "-" + region;
    }

    @Override
    public String toString() {
        return "aws://" + account + "/" + region;
    }
}
