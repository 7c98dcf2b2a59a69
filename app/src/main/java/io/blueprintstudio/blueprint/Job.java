package io.blueprintstudio.blueprint;

/**
 * One undoable change, as in Scene Builder's edit model: {@link JobManager#push(Job)} executes it once, then
 * {@link #undo()} and {@link #redo()} move between its before and after states.
 */
public interface Job {

    /** Does the change the first time. */
    void execute();

    /** Puts back the state before {@link #execute()}. */
    void undo();

    /** Does the change again after {@link #undo()}. */
    void redo();

    /** What the change was, for the Edit menu: {@code Set stateMachineType to EXPRESS}. */
    String description();
}
