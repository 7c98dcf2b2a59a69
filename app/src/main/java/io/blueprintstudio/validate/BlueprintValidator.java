package io.blueprintstudio.validate;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.validate.asl.AslRule;
import io.blueprintstudio.validate.asl.AslValidator;
import io.blueprintstudio.validate.rules.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything wrong with a loaded blueprint, in file and line order: what loading found, then every
 * {@link BlueprintRule} (schemas, references, names, roles, suppressions, S3 loops, each state machine's ASL).
 * The one entry point the command line and the app call.
 */
public final class BlueprintValidator {
    private static final Comparator<Diagnostic> IN_FILE_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    /** Codes of the problems {@link Blueprint#load} reports itself. */
    private static final List<RuleInfo> LOAD_CODES = List.of(
            new RuleInfo("YAML-SYNTAX", Severity.ERROR, "a file that is not valid YAML",
                    "Fix the syntax at the line and column given (indentation, quotes, a missing colon)."),
            new RuleInfo("FILE-MISSING", Severity.ERROR, "a file named by mdaa.yaml or !include does not exist",
                    "Create the file or fix the path; it is relative to the file that names it."),
            new RuleInfo("FILE-ENCODING", Severity.ERROR, "a file that is not UTF-8", "Save the file as UTF-8."),
            new RuleInfo("FILE-UNREADABLE", Severity.ERROR, "a file that cannot be read", "Check its permissions."),
            new RuleInfo("YAML-INCLUDE", Severity.ERROR, "a bad !include", "Give !include a relative file path "
                    + "that does not include itself."),
            new RuleInfo("YAML-DUPLICATE-KEY", Severity.ERROR, "a key written twice in one mapping",
                    "Remove one; only the last would count."),
            new RuleInfo("YAML-KEY", Severity.ERROR, "a key that is not a plain value", "Use a plain string key."),
            new RuleInfo("YAML-DEPTH", Severity.ERROR, "nesting too deep", "Flatten the document."),
            new RuleInfo("MODULE-NOT-A-MAPPING", Severity.ERROR, "a module config that is not a mapping",
                    "A module config file holds a mapping of settings."));

    private BlueprintValidator() {
    }

    /** Validates every environment. */
    public static List<Diagnostic> validate(Blueprint blueprint) {
        return validate(blueprint, null);
    }

    /**
     * Validates the modules of one environment ({@code env}, such as {@code dev}), or of all when null. Load
     * problems and {@code mdaa.yaml} checks are always included.
     */
    public static List<Diagnostic> validate(Blueprint blueprint, String env) {
        ValidationContext ctx = new ValidationContext(blueprint, env);
        ctx.add(blueprint.problems());
        for (BlueprintRule rule : Rules.ALL) {
            rule.check(ctx);
        }
        return ctx.diagnostics().stream().distinct().sorted(IN_FILE_ORDER).toList();
    }

    /** Every code a validation can report, with its meaning: load problems, blueprint rules, ASL rules. */
    public static List<RuleInfo> ruleInfos() {
        Map<String, RuleInfo> out = new LinkedHashMap<>();
        LOAD_CODES.forEach(r -> out.put(r.code(), r));
        Rules.ALL.forEach(rule -> rule.infos().forEach(r -> out.put(r.code(), r)));
        out.put(AslValidator.PARSE, new RuleInfo(AslValidator.PARSE, Severity.ERROR,
                "a state machine definition that is not well-formed", "Fix the JSON at the position given."));
        for (AslRule r : AslValidator.rules()) {
            out.put(r.code(), new RuleInfo(r.code(), r.severity(), r.description(), ""));
        }
        return new ArrayList<>(out.values());
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
