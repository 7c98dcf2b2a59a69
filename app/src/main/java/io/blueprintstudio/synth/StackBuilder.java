package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ModuleKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** Fills one module's stack with its kind's construct and makes it depend on the stacks of the stage before. */
final class StackBuilder {
    private StackBuilder() {
    }

    /** A built stack, with what {@link SynthesizedStack} reports about it once synthesized. */
    record Built(BlueprintModule module, Stack stack, int stage, List<String> dependsOn,
            List<SynthesizedStack.StateMachine> stateMachines, List<String> functionNames,
            List<String> logGroupNames) {

        SynthesizedStack toStack(CloudAssembly assembly) {
            Path template = Path.of(assembly.getStackByName(stack.getStackName()).getTemplateFullPath());
            return new SynthesizedStack(stack.getStackName(), module.name(), module.kind(), stage, template,
                    dependsOn, stateMachines, functionNames, logGroupNames);
        }
    }

    /** MDAA's deploy stage of a module kind. */
    static int stage(ModuleKind kind) {
        return switch (kind) {
            case ROLES -> 1;
            case DATAOPS_PROJECT -> 3;
            case DATAOPS_LAMBDA -> 4;
            case DATAOPS_STEPFUNCTION -> 5;
            case OTHER -> 9;
        };
    }

    static Built build(ModuleScope s, Wiring wiring, List<Built> previous) {
        BlueprintModule m = s.module();
        List<String> dependsOn = new ArrayList<>();
        for (Built b : previous) {
            s.stack().addDependency(b.stack(), "MDAA stage " + b.stage() + " before stage " + stage(m.kind()));
            dependsOn.add(b.stack().getStackName());
        }
        List<SynthesizedStack.StateMachine> machines = List.of();
        List<String> functions = List.of();
        List<String> logGroups = new ArrayList<>();
        UnsupportedSettings.check(s);
        switch (m.kind()) {
            case ROLES -> new RolesConstruct(s);
            case DATAOPS_PROJECT -> new ProjectConstruct(s, wiring.rulesUsingKeyOf(m));
            case DATAOPS_LAMBDA -> {
                LambdaConstruct c = new LambdaConstruct(s, f -> wiring.accessFor(m, f));
                functions = List.copyOf(c.functionNames);
                logGroups.addAll(c.logGroupNames);
            }
            case DATAOPS_STEPFUNCTION -> {
                StepFunctionConstruct c = new StepFunctionConstruct(s);
                machines = List.copyOf(c.machines);
                c.machines.forEach(x -> logGroups.add(x.logGroupName()));
            }
            case OTHER -> throw new IllegalArgumentException("not synthesized: " + m);
        }
        NagChecks.suppressByPath(s.stack(), s.config().at("nag_suppressions").at("by_path"), s);
        return new Built(m, s.stack(), stage(m.kind()), dependsOn, machines, functions, logGroups);
    }
}
