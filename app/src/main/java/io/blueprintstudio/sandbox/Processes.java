package io.blueprintstudio.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs the short installer commands (python, pip) with their output as progress lines, and stops them on cancel. */
final class Processes {
    private Processes() {
    }

    /** The exit code and the last lines of output, for an error message. */
    record Outcome(int exitCode, List<String> tail) {
        String tailText() {
            return String.join(System.lineSeparator(), tail);
        }
    }

    /**
     * Runs {@code command} to its end, each output line to {@code lines}. An interrupt (the user's cancel) kills it
     * and everything it started, then throws.
     */
    static Outcome run(List<String> command, Consumer<String> lines) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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
        }
    }

    /** Ends a process and its children: politely first, then forcibly. */
    static void stop(ProcessHandle process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception notYet) {
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
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
