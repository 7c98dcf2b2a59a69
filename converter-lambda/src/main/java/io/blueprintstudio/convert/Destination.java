package io.blueprintstudio.convert;

import java.io.IOException;

/**
 * Where output files go: a local folder or an S3 prefix. Files written through it stay invisible at their final
 * location until {@link PendingFile#commit()}, so a failed conversion never leaves a partial file behind.
 */
public interface Destination {
    /**
     * Starts a file at {@code relativePath} (forward slashes, no leading slash) below this destination.
     */
    PendingFile create(String relativePath) throws IOException;

    /** The final location a relative path maps to, for messages and reports. */
    String locationOf(String relativePath);
}
