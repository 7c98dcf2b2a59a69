package io.blueprintstudio.blueprint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The one undo stack: executes jobs, keeps the last {@link #capacity()} for undo, and counts every change in
 * {@link #revision()} (views refresh on it; {@link BlueprintEditor} derives its dirty flag from the files).
 * A job must not push a job while it runs. Not thread-safe: use it from one thread (the FX thread in the app).
 */
public final class JobManager {

    /** Undo depth when none is given. */
    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Deque<Job> undo = new ArrayDeque<>();
    private final Deque<Job> redo = new ArrayDeque<>();
    private long revision;
    private boolean running;

    public JobManager() {
        this(DEFAULT_CAPACITY);
    }

    public JobManager(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** Executes {@code job} and makes it the next to undo; clears the redo list. */
    public void push(Job job) {
        run(job::execute);
        undo.push(job);
        while (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** Undoes the last job; false when there is none. */
    public boolean undo() {
        Job job = undo.peek();
        if (job == null) {
            return false;
        }
        run(job::undo);
        redo.push(undo.pop());
        return true;
    }

    /** Redoes the last undone job; false when there is none. */
    public boolean redo() {
        Job job = redo.peek();
        if (job == null) {
            return false;
        }
        run(job::redo);
        undo.push(redo.pop());
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Job::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Job::description);
    }

    /** Grows by one with every execute, undo and redo. */
    public long revision() {
        return revision;
    }

    public int capacity() {
        return capacity;
    }

    /** Forgets all history (after a reload, say); the revision still grows. */
    public void clear() {
        undo.clear();
        redo.clear();
        revision++;
    }

    private void run(Runnable action) {
        if (running) {
            throw new IllegalStateException("a job must not push, undo or redo another job while it runs");
        }
        running = true;
        try {
            action.run();
            revision++;
        } finally {
            running = false;
        }
    }
}
