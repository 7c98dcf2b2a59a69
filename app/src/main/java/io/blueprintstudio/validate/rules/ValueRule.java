package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.ModuleKind;
import io.blueprintstudio.blueprint.SourceNode;
import io.blueprintstudio.validate.BlueprintRule;
import io.blueprintstudio.validate.RuleInfo;
import io.blueprintstudio.validate.Severity;
import io.blueprintstudio.validate.ValidationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Values AWS or MDAA limit where the schemas do not (MDAA's schemas state ranges only in descriptions): bucket
 * names and ARNs, written where they are literal (a context value, or a module value without a template, so each
 * flaw is reported once, at its origin); Lambda and Step Functions numbers and enumerations, after resolution.
 */
public final class ValueRule implements BlueprintRule {
    static final RuleInfo BUCKET = new RuleInfo("NAME-BUCKET", Severity.ERROR, "an invalid S3 bucket name",
            "Bucket names are 3-63 characters of a-z, 0-9, . and -, starting and ending with a letter or digit.");
    static final RuleInfo ARN = new RuleInfo("NAME-ARN", Severity.ERROR, "a value that should be an ARN is not one",
            "Write the full ARN: arn:aws:<service>:<region>:<12-digit account>:<resource>.");
    static final RuleInfo RANGE = new RuleInfo("VALUE-RANGE", Severity.ERROR,
            "a number or setting outside what AWS or MDAA accepts", "Use a value in the range the message gives.");

    private static final Set<Integer> RETENTION = Set.of(0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1827, 3653);
    /** Lambda limits MDAA states: key → {min, max}. */
    private static final Map<String, long[]> LAMBDA = Map.of("retryAttempts", new long[] {0, 2},
            "memorySizeMB", new long[] {128, 10240}, "maxEventAgeSeconds", new long[] {60, 21600},
            "timeoutSeconds", new long[] {1, 900}, "ephemeralStorageSizeMB", new long[] {512, 10240});
    /** EventBridge target retry policy limits. */
    private static final Map<String, long[]> EVENT_BRIDGE = Map.of("retryAttempts", new long[] {0, 185},
            "maxEventAgeSeconds", new long[] {60, 86400});

    @Override
    public List<RuleInfo> infos() {
        return List.of(BUCKET, ARN, RANGE);
    }

    @Override
    public void check(ValidationContext ctx) {
        contexts(ctx);
        for (BlueprintModule m : ctx.modules()) {
            literals(ctx, m);
            if (m.kind() == ModuleKind.DATAOPS_LAMBDA) {
                List<?> fns = Walk.list(ctx.resolvedAt(m, "/functions"));
                for (int i = 0; i < fns.size(); i++) {
                    String p = JsonPointer.append("/functions", i);
                    LAMBDA.forEach((k, r) -> range(ctx, m, p + "/" + k, r));
                    eventBridge(ctx, m, p + "/eventBridge");
                }
            } else if (m.kind() == ModuleKind.DATAOPS_STEPFUNCTION) {
                List<?> defs = Walk.list(ctx.resolvedAt(m, "/stepfunctionDefinitions"));
                for (int i = 0; i < defs.size(); i++) {
                    stepFunction(ctx, m, JsonPointer.append("/stepfunctionDefinitions", i));
                }
            }
        }
    }

    /** Context values in mdaa.yaml whose names say they are bucket names or ARNs. */
    private void contexts(ValidationContext ctx) {
        Walk.walk(ctx.blueprint().mdaa().raw(), "", new Walk.Visitor() {
            @Override
            public void string(String pointer, String value) {
                if (pointer.contains("/context/")) {
                    literal(ctx, JsonPointer.last(pointer), value, pointer, ctx::locateMdaa);
                }
            }
        });
    }

    /** Module values written literally (no template) whose key says bucket or ARN. */
    private void literals(ValidationContext ctx, BlueprintModule m) {
        Walk.walk(m.document(), "", new Walk.Visitor() {
            @Override
            public void string(String pointer, String value) {
                if (!pointer.contains("/rawStepFunctionDef")) {
                    literal(ctx, JsonPointer.last(pointer), value, pointer, p -> ctx.locate(m, p));
                }
            }
        });
    }

    private void literal(ValidationContext ctx, String key, String value, String pointer,
            Function<String, Optional<SourceNode>> locate) {
        if (Walk.unresolved(value) || PlaceholderRule.find(value).isPresent() || isReference(value)) {
            return;
        }
        String k = key.toLowerCase(Locale.ROOT);
        String parent = JsonPointer.last(JsonPointer.parent(pointer)).toLowerCase(Locale.ROOT);
        if (k.endsWith("bucket_name") || k.endsWith("bucketname") || k.equals("bucket") || parent.equals("buckets")) {
            AwsNames.bucketProblem(value).ifPresent(p -> ctx.report(BUCKET, locate.apply(pointer), pointer,
                    "bucket name `" + value + "` " + p, BUCKET.help()));
        } else if (k.endsWith("_arn") || k.endsWith("arn") || value.startsWith("arn:")) {
            AwsNames.arnProblem(value).ifPresent(p -> ctx.report(ARN, locate.apply(pointer), pointer,
                    Paths.human(pointer) + " `" + value + "` " + p, ARN.help()));
        }
    }

    private static boolean isReference(String v) {
        return v.startsWith("generated-role-") || v.startsWith("ssm:") || v.startsWith("ssm-") || v.startsWith("project:");
    }

    private void eventBridge(ValidationContext ctx, BlueprintModule m, String pointer) {
        EVENT_BRIDGE.forEach((k, r) -> range(ctx, m, pointer + "/" + k, r));
    }

    private void stepFunction(ValidationContext ctx, BlueprintModule m, String p) {
        String type = Walk.str(ctx.resolvedAt(m, p + "/stateMachineType"));
        if (type != null && !Walk.unresolved(type) && !type.equals("STANDARD") && !type.equals("EXPRESS")) {
            ctx.report(RANGE, ctx.locate(m, p + "/stateMachineType"), p + "/stateMachineType",
                    "stateMachineType `" + type + "` must be STANDARD or EXPRESS",
                    type.equalsIgnoreCase("standard") || type.equalsIgnoreCase("express")
                            ? "write it in capitals: " + type.toUpperCase(Locale.ROOT) : "use STANDARD or EXPRESS");
        }
        BigDecimal days = number(ctx.resolvedAt(m, p + "/logGroupRetentionDays"));
        if (days != null && !(days.scale() <= 0 && RETENTION.contains(days.intValue()))) {
            ctx.report(RANGE, ctx.locate(m, p + "/logGroupRetentionDays"), p + "/logGroupRetentionDays",
                    "logGroupRetentionDays " + days + " is not a CloudWatch Logs retention period",
                    "use one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653, or 0 (never "
                            + "expire)");
        }
        eventBridge(ctx, m, p + "/eventBridge");
    }

    private void range(ValidationContext ctx, BlueprintModule m, String pointer, long[] r) {
        BigDecimal v = number(ctx.resolvedAt(m, pointer));
        if (v != null && (v.compareTo(BigDecimal.valueOf(r[0])) < 0 || v.compareTo(BigDecimal.valueOf(r[1])) > 0)) {
            ctx.report(RANGE, ctx.locate(m, pointer), pointer, Paths.human(pointer) + " is " + v + "; allowed "
                    + r[0] + " to " + r[1], "use a value from " + r[0] + " to " + r[1]);
        }
    }

    private static BigDecimal number(Object v) {
        String s = Walk.str(v);
        try {
            return s == null ? null : new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null; // not a number: the schema rule reports it
        }
    }
}
