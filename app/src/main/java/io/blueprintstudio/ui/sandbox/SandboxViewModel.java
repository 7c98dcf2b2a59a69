package io.blueprintstudio.ui.sandbox;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.sandbox.LocalSandbox;
import io.blueprintstudio.sandbox.SandboxProgress;
import io.blueprintstudio.ui.BackgroundWork;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The local sandbox as the window sees it: one state, what it is doing now, and the AWS target it offers once
 * running. Starting runs in the background (a first start installs MiniStack) and can be cancelled; stopping
 * also happens when the window goes away. Properties change on the FX thread only.
 */
public final class SandboxViewModel {
    /** Where the sandbox is in its life. */
    public enum State { STOPPED, STARTING, RUNNING, FAILED }

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
    private Task<LocalSandbox> starting;
    /** Read off the FX thread too (by the Deploy screen's synthesis). */
    private volatile LocalSandbox running;

    public SandboxViewModel(BackgroundWork work, Launcher launcher) {
        this.work = work;
        this.launcher = launcher;
    }

    /** Starts the sandbox unless it is starting or running. */
    public void start() {
        if (state.get() == State.STARTING || state.get() == State.RUNNING) {
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
        starting = work.run("Starting the local sandbox …", () -> startOrStop(onFx), this::started, this::failed);
    }

    /** Stops a running sandbox, or cancels one that is starting (an install in progress is undone). */
    public void stop() {
        if (starting != null) {
            starting.cancel(true);
            starting = null;
        }
        if (running != null) {
            running.close();
            running = null;
        }
        target.set(null);
        state.set(State.STOPPED);
        show("Sandbox off", -1);
    }

    /** Start when stopped or failed, cancel when starting, stop when running: what the one menu item does. */
    public void toggle() {
        if (state.get() == State.STOPPED || state.get() == State.FAILED) {
            start();
        } else {
            stop();
        }
    }

    /** A sandbox that finished starting after a cancel is stopped at once rather than left running unseen. */
    private LocalSandbox startOrStop(SandboxProgress progress) throws Exception {
        LocalSandbox sandbox = launcher.start(progress);
        if (Thread.currentThread().isInterrupted()) {
            sandbox.close();
            throw new InterruptedException("cancelled");
        }
        return sandbox;
    }

    private void started(LocalSandbox sandbox) {
        starting = null;
        running = sandbox;
        sandbox.whenItDies(reason -> Platform.runLater(() -> died(sandbox, reason)));
        target.set(sandbox.target());
        state.set(State.RUNNING);
        show("Sandbox running at " + sandbox.endpoint(), 1);
    }

    private void died(LocalSandbox sandbox, String reason) {
        if (running != sandbox) {
            return;
        }
        running.close(); // the proxy too
        running = null;
        target.set(null);
        state.set(State.FAILED);
        show("Sandbox stopped unexpectedly", -1);
        error.set(reason);
    }

    private void failed(Throwable e) {
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

    /** The launcher the app uses: the user's sandbox folder, handler log lines to standard output. */
    public static Launcher forUser(Consumer<String> handlerLog) {
        return progress -> LocalSandbox.start(io.blueprintstudio.sandbox.SandboxSetup.forUser(), progress,
                handlerLog);
    }
}
