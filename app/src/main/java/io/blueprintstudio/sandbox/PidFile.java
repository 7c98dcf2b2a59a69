package io.blueprintstudio.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code HOME/ministack.pid}: the MiniStack this folder's sandbox started, so that the next start can stop one left
 * running (its app hung, or was older than the {@link Watchdog}). Only a process running this folder's watchdog is
 * stopped: a pid reused by another program is left alone.
 *
 * @param file the pid file
 */
record PidFile(Path file) {
    static PidFile in(Path home) {
        return new PidFile(home.resolve("ministack.pid"));
    }

    /** Stops the MiniStack named in the file, if it still runs and is ours; then forgets it. */
    void stopStale(Watchdog watchdog, SandboxProgress progress) throws SandboxException {
        Optional<ProcessHandle> stale = read().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(watchdog::runs);
        if (stale.isPresent()) {
            progress.update("Stopping the MiniStack an earlier sandbox left running (process " + stale.get().pid()
                    + ") …", -1);
            Processes.stop(stale.get());
        }
        delete();
    }

    void write(ProcessHandle ministack) throws SandboxException {
        try {
            Files.writeString(file, ministack.pid() + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new SandboxException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A pid file left behind names a process that is gone or not ours; the next start ignores it.
        }
    }

    private Optional<Long> read() {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException absent) {
            return Optional.empty();
        }
    }
}
