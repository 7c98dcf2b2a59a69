package io.blueprintstudio.synth;

/**
 * S3 key prefixes as the configs write them, and the keys they stand for. The EventBridge rule, the Lambda's read
 * grant and the list of source locations all take a location's prefix from {@link #keyPrefix}, so what starts an
 * execution is exactly what the function may read.
 */
final class S3Prefixes {
    private S3Prefixes() {
    }

    /** The key prefix of a configured location: MDAA drops a leading {@code /}; null is the whole bucket. */
    static String keyPrefix(String configured) {
        if (configured == null) {
            return "";
        }
        return configured.startsWith("/") ? configured.substring(1) : configured;
    }

    /**
     * The keys a rule on {@code prefix} (and {@code suffix}, when not null) matches, as an IAM resource pattern:
     * EventBridge's {@code prefix} matcher is a plain string prefix ({@code incoming/orders} also matches
     * {@code incoming/orders-old/x.csv}), and so is this.
     */
    static String matchedKeys(String prefix, String suffix) {
        return keyPrefix(prefix) + "*" + (suffix == null ? "" : suffix);
    }

    /** The keys under a folder, the handler's reading of {@code DEST_PREFIX}: {@code curated/orders/*}. */
    static String folderKeys(String prefix) {
        String p = keyPrefix(prefix);
        return p.isEmpty() || p.endsWith("/") ? p + "*" : p + "/*";
    }
}
