package io.blueprintstudio.blueprint;

/**
 * One state machine of a blueprint whose ASL is written in its config: the module, the {@code
 * stepfunctionDefinitions} entry, and the {@code rawStepFunctionDef} node the ASL is read from.
 */
public record StateMachineSource(BlueprintModule module, StepFunctionConfig.Definition definition, SourceNode asl) {

    public String name() {
        return definition.stateMachineName();
    }
}
