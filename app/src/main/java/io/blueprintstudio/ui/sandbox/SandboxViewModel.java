package io.blueprintstudio.ui.sandbox;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.sandbox.LocalSandbox;
import io.blueprintstudio.sandbox.SandboxProgress;
import io.blueprintstudio.ui.BackgroundWork;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * The local sandbox as the window sees it: one state, what it is doing now, and the AWS target it offers once
 * running. Starting runs in the background (a first start installs MiniStack) and can be cancelled; stopping runs
 * in the background too (MiniStack takes seconds to end), and also happens when the window goes away. Properties
 * change on the FX thread only.
 *
 * <p>A sandbox whose start was cancelled is never left running unseen, whenever the cancel comes: each start keeps
 * what it made in its {@link Attempt}, and whichever side learns of the cancel last (the start's own thread, the
 * task's cancelled event, or {@link #started}) closes it.
 */
public final class SandboxViewModel {
    /** Where the sandbox is in its life. */
    public enum State { STOPPED, STARTING, RUNNING, STOPPING, FAILED }

    /** Starts a sandbox, reporting progress; interrupting the thread cancels. */
    @FunctionalInterface
    public interface Launcher {
        LocalSandbox start(SandboxProgress progress) throws Exception;
    }

    private final BackgroundWork work;
    private final Launcher launcher;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.STOPPED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Sandbox off");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<AwsTarget> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    /** The start under way, or null. */
    private Attempt starting;
    /** Read off the FX thread too (by the Deploy screen's synthesis). */
    private volatile LocalSandbox running;

    public SandboxViewModel(BackgroundWork work, Launcher launcher) {
        this.work = work;
        this.launcher = launcher;
    }

    /** Starts the sandbox unless it is starting, running or stopping. */
    public void start() {
        if (state.get() == State.STARTING || state.get() == State.RUNNING || state.get() == State.STOPPING) {
            return;
        }
        error.set(null);
        state.set(State.STARTING);
        show("Starting the local sandbox …", -1);
        SandboxProgress onFx = (text, fraction) -> Platform.runLater(() -> {
            if (state.get() == State.STARTING) {
                show(text, fraction);
            }
        });
        Attempt attempt = new Attempt();
        starting = attempt;
        attempt.task = work.run("Starting the local sandbox …", () -> attempt.start(launcher, onFx),
                sandbox -> started(attempt), failure -> failed(attempt, failure));
        attempt.task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> closeInBackground(attempt.take()));
    }

    /**
     * Stops a running sandbox, or cancels one that is starting (an install in progress is undone). Returns at once:
     * the state is {@code STOPPING} until MiniStack has ended.
     */
    public void stop() {
        if (starting != null) {
            starting.cancel();
            starting = null;
        }
        LocalSandbox stopped = running;
        running = null;
        target.set(null);
        if (stopped == null) {
            state.set(State.STOPPED);
            show("Sandbox off", -1);
            return;
        }
        state.set(State.STOPPING);
        show("Stopping the local sandbox …", -1);
        work.run("Stopping the local sandbox …", () -> {
            stopped.close();
            return stopped;
        }, done -> stopped(), failure -> stopped());
    }

    /** Start when stopped or failed, cancel when starting, stop when running: what the one menu item does. */
    public void toggle() {
        switch (state.get()) {
            case STOPPED, FAILED -> start();
            case STARTING, RUNNING -> stop();
            case STOPPING -> { } // it is already on its way down
        }
    }

    private void started(Attempt attempt) {
        LocalSandbox sandbox = attempt.take();
        if (sandbox == null) {
            return; // closed already, as cancelled
        }
        if (starting != attempt) {
            closeInBackground(sandbox); // cancelled after its start had returned
            return;
        }
        starting = null;
        running = sandbox;
        sandbox.whenItDies(reason -> Platform.runLater(() -> died(sandbox, reason)));
        target.set(sandbox.target());
        state.set(State.RUNNING);
        show("Sandbox running at " + sandbox.endpoint(), 1);
    }

    private void stopped() {
        if (state.get() == State.STOPPING) {
            state.set(State.STOPPED);
            show("Sandbox off", -1);
        }
    }

    /** For a sandbox no one shows any more: the state has moved on already. */
    private void closeInBackground(LocalSandbox sandbox) {
        if (sandbox != null) {
            work.run("Stopping the local sandbox …", () -> {
                sandbox.close();
                return sandbox;
            }, done -> { }, failure -> { });
        }
    }

    private void died(LocalSandbox sandbox, String reason) {
        if (running != sandbox) {
            return;
        }
        running = null;
        closeInBackground(sandbox); // the proxy too, and the sandbox's folder
        target.set(null);
        state.set(State.FAILED);
        show("Sandbox stopped unexpectedly", -1);
        error.set(reason);
    }

    private void failed(Attempt attempt, Throwable e) {
        if (starting != attempt) {
            return; // cancelled meanwhile: the user asked for it to stop, not for its error
        }
        starting = null;
        state.set(State.FAILED);
        show("Sandbox not started", -1);
        error.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private void show(String text, double fraction) {
        message.set(text);
        progress.set(fraction);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One line for the status bar: the state, or the install step now running. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1 while starting, -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The running sandbox's AWS target; null when it is not running. */
    public ReadOnlyObjectProperty<AwsTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Why the last start failed, for the user (may be several lines); null after a successful start. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The running sandbox, for screens that deploy to it (Lambda proxy URLs); null when not running. */
    public LocalSandbox running() {
        return running;
    }

    /**
     * One start: its task, whether it was cancelled, and the sandbox it made until someone takes it (to run it, or to
     * close it), exactly once.
     */
    private static final class Attempt {
        private final AtomicReference<LocalSandbox> made = new AtomicReference<>();
        private volatile boolean cancelled;
        private Task<LocalSandbox> task;

        /** On the background thread. */
        LocalSandbox start(Launcher launcher, SandboxProgress progress) throws Exception {
            LocalSandbox sandbox = launcher.start(progress);
            made.set(sandbox);
            if (cancelled || Thread.currentThread().isInterrupted()) {
                LocalSandbox mine = take();
                if (mine != null) {
                    mine.close();
                }
                throw new InterruptedException("cancelled");
            }
            return sandbox;
        }

        void cancel() {
            cancelled = true;
            task.cancel(true);
        }

        LocalSandbox take() {
            return made.getAndSet(null);
        }
    }

    /** The launcher the app uses: the user's sandbox folder, handler log lines to standard output. */
    public static Launcher forUser(Consumer<String> handlerLog) {
        return progress -> LocalSandbox.start(io.blueprintstudio.sandbox.SandboxSetup.forUser(), progress,
                handlerLog);
    }
}
