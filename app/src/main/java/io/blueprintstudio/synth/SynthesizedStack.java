package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.ModuleKind;
import java.nio.file.Path;
import java.util.List;

/**
 * One stack of the cloud assembly, and the deployed names in it that deploy and monitoring need.
 *
 * @param stackName     MDAA's stack name, {@code <org>-<env>-<domain>-<module>}
 * @param moduleName    the module's name in {@code mdaa.yaml}
 * @param stage         MDAA's deploy stage: roles 1, project 3, lambda 4, stepfunction 5
 * @param template      the {@code *.template.json} in the assembly
 * @param dependsOn     stack names that must be deployed first
 * @param stateMachines the state machines it defines (stepfunction stacks)
 * @param functionNames the Lambda functions it defines (lambda stacks)
 * @param logGroupNames every log group it defines
 */
public record SynthesizedStack(String stackName, String moduleName, ModuleKind kind, int stage, Path template,
        List<String> dependsOn, List<StateMachine> stateMachines, List<String> functionNames,
        List<String> logGroupNames) {

    public SynthesizedStack {
        dependsOn = List.copyOf(dependsOn);
        stateMachines = List.copyOf(stateMachines);
        functionNames = List.copyOf(functionNames);
        logGroupNames = List.copyOf(logGroupNames);
    }

    /**
     * A deployed state machine.
     *
     * @param definition the ASL with every template resolved except {@code {{resolve:ssm:/path}}}, which
     *                   CloudFormation resolves at deploy time (see {@link SsmPlaceholders#concrete})
     */
    public record StateMachine(String name, String type, String logGroupName, String definition) {
    }
}
