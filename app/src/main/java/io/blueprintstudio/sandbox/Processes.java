package io.blueprintstudio.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Starts the sandbox's programs (python, pip, MiniStack) and stops them. Every program started here is stopped
 * when the JVM exits (Ctrl+C, SIGTERM, the window's close); the hook exists before the first program starts, so an
 * install cut short by a signal leaves no pip behind. Against kill -9, which runs no hook, the long-running ones
 * are started through {@link Watchdog}, which ends them when their standard input from this JVM closes.
 */
final class Processes {
    private static final long STOP_WAIT_SECONDS = 5;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(LIVE.stream()
                .map(Process::toHandle).toList()), "sandbox-processes-stop"));
    }

    private Processes() {
    }

    /** The exit code and the last lines of output, for an error message. */
    record Outcome(int exitCode, List<String> tail) {
        String tailText() {
            return String.join(System.lineSeparator(), tail);
        }
    }

    /**
     * Starts {@code b}'s program, stopped with the JVM. Its standard input stays an open pipe that nothing writes
     * to, which is what {@link Watchdog} watches.
     */
    static Process start(ProcessBuilder b) throws IOException {
        b.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = b.start();
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
        return p;
    }

    /**
     * Runs {@code command} to its end, each output line to {@code lines}. An interrupt (the user's cancel) kills it
     * and everything it started, then throws.
     */
    static Outcome run(List<String> command, Consumer<String> lines) throws IOException, InterruptedException {
        Process p = start(new ProcessBuilder(command).redirectErrorStream(true));
        Deque<String> tail = new ArrayDeque<>();
        Thread reader = new Thread(() -> read(p, lines, tail), "sandbox-install-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int code = p.waitFor();
            reader.join(TimeUnit.SECONDS.toMillis(5));
            synchronized (tail) {
                return new Outcome(code, List.copyOf(tail));
            }
        } catch (InterruptedException e) {
            stop(p.toHandle());
            throw e;
        } finally {
            p.getOutputStream().close();
        }
    }

    /** Ends a process and its children: politely first, then forcibly. */
    static void stop(ProcessHandle process) {
        stopAll(List.of(process));
    }

    /** Ends them all at once, so stopping several takes as long as the slowest, not the sum. */
    static void stopAll(Collection<ProcessHandle> processes) {
        List<ProcessHandle> all = processes.stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .distinct().toList();
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        for (ProcessHandle p : processes) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception notYet) {
                p.destroyForcibly();
            }
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void read(Process p, Consumer<String> lines, Deque<String> tail) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 15) {
                        tail.removeFirst();
                    }
                }
                lines.accept(line);
            }
        } catch (IOException closed) {
            // The process was stopped; its output ends here.
        }
    }
}
