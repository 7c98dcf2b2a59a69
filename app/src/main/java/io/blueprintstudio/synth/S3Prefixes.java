package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.S3KeyPrefix;

/**
 * The keys an S3 location stands for, as IAM resource patterns. The EventBridge rule, the Lambda's read grant and
 * the list of source locations all take a location's prefix from {@link S3KeyPrefix#of}, so what starts an
 * execution is exactly what the function may read.
 */
final class S3Prefixes {
    private S3Prefixes() {
    }

    /**
     * The keys a rule on {@code prefix} (and {@code suffix}, when not null) matches, as an IAM resource pattern:
     * EventBridge's {@code prefix} matcher is a plain string prefix ({@code incoming/orders} also matches
     * {@code incoming/orders-old/x.csv}), and so is this.
     */
    static String matchedKeys(String prefix, String suffix) {
        return S3KeyPrefix.of(prefix) + "*" + (suffix == null ? "" : suffix);
    }

    /** The keys under a folder, the handler's reading of {@code DEST_PREFIX}: {@code curated/orders/*}. */
    static String folderKeys(String prefix) {
        String p = S3KeyPrefix.of(prefix);
        return p.isEmpty() || p.endsWith("/") ? p + "*" : p + "/*";
    }
}
