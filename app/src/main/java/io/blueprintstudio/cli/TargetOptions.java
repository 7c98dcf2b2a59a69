package io.blueprintstudio.cli;

import io.blueprintstudio.aws.AwsTarget;
import java.net.URI;
import picocli.CommandLine.Option;

/**
 * The {@code --profile / --region / --endpoint} options every AWS-facing command shares. With none given, an
 * {@code AWS_ENDPOINT_URL} in the environment selects a local emulator (as the AWS CLI does), else AWS's default
 * credential chain is used.
 */
public final class TargetOptions {
    @Option(names = "--profile", paramLabel = "NAME",
            description = "AWS profile from your AWS config (SSO and assumed-role profiles work)")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the profile's or the environment's)")
    String region;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "a local emulator instead of AWS, e.g. http://127.0.0.1:4566 (MiniStack) or a moto server")
    URI endpoint;

    /** The chosen target; fails with a usage message when the options contradict each other. */
    public AwsTarget target() {
        if (profile != null && endpoint != null) {
            throw new IllegalArgumentException("--profile and --endpoint exclude each other: choose AWS or a local endpoint");
        }
        if (endpoint != null) {
            return AwsTarget.endpoint(endpoint, region);
        }
        if (profile != null) {
            return AwsTarget.profile(profile, region);
        }
        String fromEnv = System.getenv("AWS_ENDPOINT_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return AwsTarget.endpoint(URI.create(fromEnv.trim()), region);
        }
        return AwsTarget.defaultChain(region);
    }
}
