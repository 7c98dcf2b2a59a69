package io.blueprintstudio.ui.sandbox;

import io.blueprintstudio.aws.AwsTarget;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.sandbox.SandboxSetup;
import io.blueprintstudio.ui.deploy.DeployViewModel;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;

/**
 * Plugs the sandbox into a Deploy screen: its "Local sandbox" choice (the running sandbox, chosen as it starts; a
 * message saying how to start it otherwise) and the synthesis of the open blueprint, which for the sandbox adds the
 * Lambda proxy and the blueprint's buckets and topic.
 */
public final class SandboxForDeploy {
    private SandboxForDeploy() {
    }

    /** Returns what to run when the screen closes, so it stops following the sandbox. */
    public static Runnable attach(DeployViewModel deploy, SandboxViewModel sandbox, Supplier<Blueprint> blueprint,
            Supplier<AwsTarget> target) {
        offer(deploy, sandbox.targetProperty().get());
        ChangeListener<AwsTarget> follow = (o, was, now) -> offer(deploy, now);
        sandbox.targetProperty().addListener(follow);
        deploy.synthesisProperty().set(new OpenBlueprintSynthesis(blueprint, target, sandbox::running,
                SandboxSetup.userDataFolder().resolve("cdk.out")));
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
