package io.blueprintstudio.validate;

import io.blueprintstudio.asl.AslParseException;
import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.StepFunctionConfig;
import io.blueprintstudio.validate.asl.AslValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything wrong with a loaded blueprint, in file and line order: what loading found, and each state machine
 * definition's ASL checks. The one entry point the command line and the app call.
 */
public final class BlueprintValidator {
    private static final Comparator<Diagnostic> IN_FILE_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::code);

    private BlueprintValidator() {
    }

    public static List<Diagnostic> validate(Blueprint blueprint) {
        List<Diagnostic> out = new ArrayList<>(blueprint.problems());
        for (BlueprintModule module : blueprint.modules(ModuleKind.DATAOPS_STEPFUNCTION)) {
            module.stepFunction().ifPresent(config -> config.definitions().forEach(d -> out.addAll(asl(d))));
        }
        return out.stream().distinct().sorted(IN_FILE_ORDER).toList();
    }

    private static List<Diagnostic> asl(StepFunctionConfig.Definition definition) {
        return definition.rawStepFunctionDef().map(source -> {
            String file = source.file().relativePath();
            try {
                return AslValidator.validate(AslReader.read(source.node()), file);
            } catch (AslParseException e) {
                return List.of(AslValidator.parseError(e, file));
            }
        }).orElse(List.of());
    }
}
