package io.blueprintstudio.validate.asl;

import io.blueprintstudio.asl.AslParseException;
import io.blueprintstudio.asl.AslReader;
import io.blueprintstudio.asl.StateMachine;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.Comparator;
import java.util.List;

/** Runs every ASL rule over a definition. */
public final class AslValidator {
    /** The code of a definition that is not well-formed JSON/YAML. */
    public static final String PARSE = "ASL-PARSE";

    private static final List<AslRule> RULES = List.of(new StructureRule(), new StateTypeRule(),
            new UnknownFieldRule(), new FieldTypeRule(), new RequiredFieldRule(), new StartAtRule(),
            new NextTargetRule(), new TerminalFieldsRule(), new UnreachableStateRule(), new NoTerminalStateRule(),
            new NoPathToEndRule(), new DuplicateStateNameRule(), new ChoiceRuleShapeRule(), new ChoiceDefaultRule(),
            new JsonPathRule(), new RetryRule(), new CatchRule(), new TaskResourceRule(),
            new ResourcePlaceholderRule());

    private AslValidator() {
    }

    public static List<AslRule> rules() {
        return RULES;
    }

    /** Every diagnostic, in file order (line, column), then by code. */
    public static List<Diagnostic> validate(StateMachine machine, String fileName) {
        AslContext ctx = new AslContext(machine, fileName);
        for (AslRule rule : RULES) {
            rule.check(ctx);
        }
        return ctx.diagnostics().stream().sorted(Comparator.comparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::code)).toList();
    }

    /** Parses and validates ASL JSON text; a parse error is the one diagnostic, {@link #PARSE}. */
    public static List<Diagnostic> validateJson(String json, String fileName) {
        try {
            return validate(AslReader.read(json), fileName);
        } catch (AslParseException e) {
            return List.of(parseError(e, fileName));
        }
    }

    public static Diagnostic parseError(AslParseException e, String fileName) {
        return new Diagnostic(Severity.ERROR, PARSE, fileName, e.line(), e.column(), "",
                "not valid JSON: " + e.getMessage(), "");
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
