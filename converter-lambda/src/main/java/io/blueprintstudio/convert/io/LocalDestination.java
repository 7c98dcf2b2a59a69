package io.blueprintstudio.convert.io;

import io.blueprintstudio.convert.Destination;
import io.blueprintstudio.convert.PendingFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A folder on the local disk. Each file is written under a hidden temporary name beside its final name, then
 * flushed to disk and renamed in one step, so readers see either the old file or the complete new one.
 */
public record LocalDestination(Path root) implements Destination {
    /** An absolute root, so that every file has a parent folder to create and to sync. */
    public LocalDestination {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public PendingFile create(String relativePath) throws IOException {
        Path target = resolve(relativePath);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".inprogress-" + UUID.randomUUID());
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new LocalPendingFile(target, temp, channel);
    }

    @Override
    public String locationOf(String relativePath) {
        return resolve(relativePath).toString();
    }

    private Path resolve(String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException(relativePath + " points outside " + root);
        }
        return target;
    }

    private static final class LocalPendingFile implements PendingFile {
        private final Path target;
        private final Path temp;
        private final CountingStream stream;
        private boolean aborted;
        private boolean committed;

        LocalPendingFile(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.stream = new CountingStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16),
                    channel);
        }

        @Override
        public PositionOutputStream stream() {
            return stream;
        }

        @Override
        public String location() {
            return target.toString();
        }

        @Override
        public void commit() throws IOException {
            if (committed) {
                return;
            }
            if (aborted) {
                throw new IOException(target + " was aborted and cannot be committed");
            }
            // Parquet's writer closes the stream itself; closing flushes to disk either way.
            stream.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(target.getParent());
            committed = true;
        }

        @Override
        public void abort() {
            if (committed) {
                return;
            }
            aborted = true;
            stream.discard();
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Leaves a hidden .inprogress file, never a file at the final name.
            }
        }

        /** Makes the rename itself durable; not every file system lets a folder be opened for this. */
        private static void syncFolder(Path folder) {
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // Best effort: the data is on disk either way.
            }
        }
    }

    /** Tracks the position parquet-java asks for; closing forces the data to disk, and twice is harmless. */
    private static final class CountingStream extends PositionOutputStream {
        private final OutputStream out;
        private final FileChannel channel;
        private long pos;
        private boolean closed;

        CountingStream(OutputStream out, FileChannel channel) {
            this.out = out;
            this.channel = channel;
        }

        @Override
        public long getPos() {
            return pos;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            pos++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            pos += len;
        }

        @Override
        public void flush() throws IOException {
            if (!closed) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.flush();
                channel.force(true);
            } finally {
                // Even when the disk is full, so the file handle is not leaked.
                out.close();
            }
        }

        /** Closes without writing what is still buffered: the file is about to be deleted. */
        void discard() {
            if (!closed) {
                closed = true;
                try {
                    channel.close();
                } catch (IOException e) {
                    // Nothing to save; the temp file is deleted next.
                }
            }
        }
    }
}
