package io.blueprintstudio.ui.sandbox;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.ui.deploy.DeployViewModel;
import javafx.beans.value.ChangeListener;

/**
 * Plugs the sandbox into a Deploy screen: its "Local sandbox" choice (the running sandbox, chosen as it starts; a
 * message saying how to start it otherwise) and, for that choice, the synthesis that adds the Lambda proxy and the
 * blueprint's buckets and topic.
 */
public final class SandboxForDeploy {
    private SandboxForDeploy() {
    }

    /** Returns what to run when the screen closes, so it stops following the sandbox. */
    public static Runnable attach(DeployViewModel deploy, SandboxViewModel sandbox) {
        offer(deploy, sandbox.targetProperty().get());
        ChangeListener<AwsTarget> follow = (o, was, now) -> offer(deploy, now);
        sandbox.targetProperty().addListener(follow);
        deploy.sandboxSynthesisProperty().set(new SandboxSynthesis(sandbox::running));
        return () -> sandbox.targetProperty().removeListener(follow);
    }

    /** A new supplier each time, so the screen re-checks its chosen target. */
    private static void offer(DeployViewModel deploy, AwsTarget running) {
        deploy.localSandboxProperty().set(() -> {
            if (running == null) {
                throw new IllegalArgumentException("Local sandbox: not running; start it with Tools › Start Local "
                        + "Sandbox");
            }
            return running;
        });
        if (running != null) {
            deploy.chooseLocalSandbox();
        }
    }
}
