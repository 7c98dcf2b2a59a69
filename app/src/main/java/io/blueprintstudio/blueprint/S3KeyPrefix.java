package io.blueprintstudio.blueprint;

/**
 * An S3 prefix as a config writes it ({@code s3EventBridgeRules.prefixes}, {@code DEST_PREFIX}) and the key prefix
 * it stands for. Validation, synthesis and uploads all read it here, so they agree on which keys a location holds.
 */
public final class S3KeyPrefix {
    private S3KeyPrefix() {
    }

    /** The key prefix of a configured location: MDAA drops a leading {@code /}; none (null) is the whole bucket. */
    public static String of(String configured) {
        if (configured == null) {
            return "";
        }
        return configured.startsWith("/") ? configured.substring(1) : configured;
    }
}
