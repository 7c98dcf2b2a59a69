package io.blueprintstudio.validate.rules;

import io.blueprintstudio.asl.AslParseException;
import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.StepFunctionConfig;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import io.blueprintstudio.validate.asl.AslValidator;
import java.util.List;

/** Runs the ASL rules ({@code validate.asl}) over every state machine definition, located in its YAML file. */
public final class AslDefinitionRule implements BlueprintRule {
    private static final RuleInfo INFO = new RuleInfo("ASL", Severity.ERROR,
            "the ASL rules of validate.asl, over each rawStepFunctionDef", "");

    @Override
    public List<RuleInfo> infos() {
        return List.of(); // the ASL codes are listed by AslValidator.rules()
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext ctx) {
        for (BlueprintModule m : ctx.modules(ModuleKind.DATAOPS_STEPFUNCTION)) {
            m.stepFunction().ifPresent(c -> c.definitions().forEach(d -> ctx.add(asl(d))));
        }
    }

    private static List<io.blueprintstudio.validate.Diagnostic> asl(StepFunctionConfig.Definition definition) {
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
