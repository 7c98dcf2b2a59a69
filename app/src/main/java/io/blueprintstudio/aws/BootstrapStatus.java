package io.blueprintstudio.aws;

import java.util.OptionalInt;

/**
 * What the CDK bootstrap of an account and region looks like.
 *
 * @param bucket       the assets bucket's name
 * @param bucketExists whether it exists
 * @param version      the version in SSM {@code /cdk-bootstrap/hnb659fds/version}, empty when missing
 * @param required     the version the assembly's templates need
 */
public record BootstrapStatus(String bucket, boolean bucketExists, OptionalInt version, int required) {
    public boolean ready() {
        return bucketExists && version.isPresent() && version.getAsInt() >= required;
    }

    /** Why it is not ready, for the user. */
    public String problem() {
        if (!bucketExists) {
            return "the CDK assets bucket " + bucket + " does not exist";
        }
        if (version.isEmpty()) {
            return "SSM parameter " + Bootstrap.VERSION_PARAMETER + " is missing";
        }
        return version.getAsInt() < required ? "bootstrap version " + version.getAsInt() + " is older than the "
                + required + " the templates need" : "";
    }
}
