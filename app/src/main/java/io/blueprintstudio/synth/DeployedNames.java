package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.StateMachineSource;

/** The names synthesis gives deployed resources, for screens that look them up on a target (Executions). */
public final class DeployedNames {
    private DeployedNames() {
    }

    /** The state machine's deployed name, {@code <org>-<env>-<domain>-<module>-<name>} fitted as MDAA fits it. */
    public static String stateMachine(Blueprint blueprint, StateMachineSource machine) {
        var m = machine.module();
        return new MdaaNames(blueprint.mdaa().organization(), m.env(), m.domain(), m.name())
                .resource(machine.name(), MdaaNames.STATE_MACHINE);
    }
}
