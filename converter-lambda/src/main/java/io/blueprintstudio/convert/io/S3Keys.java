package io.blueprintstudio.convert.io;

import java.util.StringJoiner;

/** Builds keys from prefixes and relative paths the way people expect folders to join. */
public final class S3Keys {
    private S3Keys() {
    }

    /**
     * Joins parts with single slashes: no leading slash, no empty segments. A trailing slash on the last part is
     * kept, so a joined prefix still reads as a folder.
     */
    public static String join(String... parts) {
        StringJoiner joined = new StringJoiner("/");
        boolean trailingSlash = false;
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            for (String segment : part.split("/")) {
                if (!segment.isEmpty()) {
                    joined.add(segment);
                }
            }
            trailingSlash = part.endsWith("/");
        }
        String key = joined.toString();
        return trailingSlash && !key.isEmpty() ? key + "/" : key;
    }

    /** A prefix as a folder: normalised by {@link #join}, ending in a slash unless empty. */
    public static String folder(String prefix) {
        String key = join(prefix);
        return key.isEmpty() || key.endsWith("/") ? key : key + "/";
    }
}
