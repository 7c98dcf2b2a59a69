package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.LambdaConfig;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * A Lambda's code: {@code srcDir} must exist (MDAA fails at synth when it does not), and {@code handler} and
 * {@code runtime} are needed unless the function is a Docker build. A jar or zip under a build's {@code target/}
 * folder that is not there yet is only a warning: it appears when the project is built.
 */
public final class LambdaCodeRule implements BlueprintRule {
    static final RuleInfo MISSING = new RuleInfo("LAMBDA-CODE-MISSING", Severity.ERROR,
            "a Lambda function's srcDir does not exist",
            "Fix the path; ./ and ../ paths are relative to the file that holds them.");
    static final RuleInfo NOT_BUILT = new RuleInfo("LAMBDA-CODE-NOT-BUILT", Severity.WARNING,
            "a Lambda function's code is a build output that has not been built yet",
            "Build it before synth or deploy (for this project's Lambda: ./mvnw -pl converter-lambda -am package).");
    static final RuleInfo HANDLER = new RuleInfo("LAMBDA-HANDLER-MISSING", Severity.ERROR,
            "a Lambda function without handler or runtime (and not a Docker build)",
            "Add handler: and runtime: (for this project's Lambda: io.blueprintstudio.lambda.CsvToParquetHandler, "
                    + "java21).");

    @Override
    public List<RuleInfo> infos() {
        return List.of(MISSING, NOT_BUILT, HANDLER);
    }

    @Override
    public void check(ValidationContext ctx) {
        for (BlueprintModule m : ctx.modules(ModuleKind.DATAOPS_LAMBDA)) {
            m.lambda().ifPresent(c -> c.functions().forEach(f -> function(ctx, m, f)));
        }
    }

    private void function(ValidationContext ctx, BlueprintModule m, LambdaConfig.Function f) {
        boolean docker = Boolean.TRUE.equals(f.raw().get("dockerBuild"))
                || "true".equals(String.valueOf(f.raw().get("dockerBuild")));
        for (String key : List.of("handler", "runtime")) {
            if (!docker && f.raw().get(key) == null) {
                ctx.report(HANDLER, ctx.locate(m, f.pointer()), f.pointer(), "function `" + f.functionName()
                        + "` has no " + key + " (needed unless dockerBuild is true)", "add `" + key + ":`");
            }
        }
        String src = f.srcDir();
        if (src == null || Walk.unresolved(src)) {
            return; // missing srcDir is the schema's; a templated one is known at deploy time
        }
        Path path;
        try {
            path = ctx.blueprint().folder().resolve(src).normalize();
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path != null && Files.exists(path)) {
            return;
        }
        String pointer = f.pointer() + "/srcDir";
        String shown = path == null ? src : ctx.blueprint().folder().relativize(path).toString().replace('\\', '/');
        boolean buildOutput = path != null && path.toString().replace('\\', '/').contains("/target/");
        if (buildOutput) {
            ctx.report(NOT_BUILT, ctx.locate(m, pointer), pointer, "code of function `" + f.functionName()
                    + "` is not built yet: " + shown + " does not exist", NOT_BUILT.help());
        } else {
            ctx.report(MISSING, ctx.locate(m, pointer), pointer, "code of function `" + f.functionName()
                    + "` not found: " + shown + " does not exist", "fix srcDir (relative to the file that holds it)");
        }
    }
}
