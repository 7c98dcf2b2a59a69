package io.blueprintstudio.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One sandbox per folder: an exclusive lock on {@code HOME/.lock}, held from before the install until the sandbox
 * has stopped, so two sandboxes never share a log, a cloud assembly or a venv (one's install deleting the venv
 * under the other). The operating system releases it when the holder dies, however it dies.
 *
 * <p>Within this JVM a second start waits for the first to let go (a Cancel then Start in the window: the cancelled
 * start is still removing its half-made venv); the lock of another process is refused at once.
 */
final class HomeLock implements AutoCloseable {
    /** Folders whose lock this JVM holds or is taking: a second channel on the file must never be opened here. */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code home} (which must exist), waiting at most {@code waitHere} for another sandbox of
     * this JVM to stop.
     */
    static HomeLock acquire(Path home, Duration waitHere, SandboxProgress progress)
            throws SandboxException, InterruptedException {
        Path file;
        try {
            file = home.toRealPath().resolve(".lock");
        } catch (IOException e) {
            throw new SandboxException("Cannot read the sandbox folder " + home + ": " + e.getMessage(), e);
        }
        awaitThisJvm(file, home, waitHere, progress);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new SandboxException(alreadyRunning(home, holder(file)));
            }
            channel.truncate(0).write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new HomeLock(file, channel, lock);
        } catch (IOException e) {
            HELD_HERE.remove(file);
            throw new SandboxException("Cannot lock the sandbox folder " + home + " (" + file + "): "
                    + e.getMessage(), e);
        } catch (SandboxException e) {
            HELD_HERE.remove(file);
            throw e;
        }
    }

    private static void awaitThisJvm(Path file, Path home, Duration wait, SandboxProgress progress)
            throws SandboxException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (!HELD_HERE.add(file)) {
            if (System.nanoTime() > deadline) {
                throw new SandboxException(alreadyRunning(home, "this program"));
            }
            if (!told) {
                progress.update("Waiting for the sandbox in " + home + " to finish stopping …", -1);
                told = true;
            }
            Thread.sleep(100);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException notPossibleWithHeldHere) {
            return null;
        }
    }

    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? "process " + pid : "another program";
        } catch (IOException e) {
            return "another program";
        }
    }

    static String alreadyRunning(Path home, String holder) {
        return "A sandbox is already running at " + home + " (" + holder + "). Stop it first, or give this one "
                + "another folder (sandbox --data DIR, or -Dblueprint-studio.data=DIR for the app).";
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock whatever happened; nothing is left to undo.
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
