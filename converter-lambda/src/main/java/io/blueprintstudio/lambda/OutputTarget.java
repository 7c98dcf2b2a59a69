package io.blueprintstudio.lambda;

import io.blueprintstudio.convert.io.S3Keys;

/**
 * Where a source object's Parquet goes: its path below the source prefix, re-rooted under the destination prefix,
 * with {@code .parquet} for its extension. Derived from the key alone, so a retry or a re-upload of the same CSV
 * replaces the earlier result instead of adding a second copy.
 *
 * @param folder   destination folder: the destination prefix plus the source's sub-folders, ending in a slash
 * @param fileName the Parquet file's name
 */
record OutputTarget(String folder, String fileName) {

    static OutputTarget derive(String sourceKey, String sourcePrefix, String destPrefix) {
        String prefix = S3Keys.folder(sourcePrefix);
        String relative = !prefix.isEmpty() && sourceKey.startsWith(prefix)
                ? sourceKey.substring(prefix.length())
                : sourceKey;
        int slash = relative.lastIndexOf('/');
        String base = relative.substring(slash + 1);
        if (base.isEmpty()) {
            throw new IllegalArgumentException("'" + sourceKey + "' is a folder placeholder, not a CSV file");
        }
        String folder = S3Keys.folder(S3Keys.join(destPrefix, slash < 0 ? "" : relative.substring(0, slash)));
        return new OutputTarget(folder, withoutExtension(base) + ".parquet");
    }

    /** The key of the single (unpartitioned) output file. */
    String key() {
        return folder + fileName;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
