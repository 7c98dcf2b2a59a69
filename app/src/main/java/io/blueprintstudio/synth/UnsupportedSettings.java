package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings MDAA would act on that our constructs do not make yet: each one a located warning, so a stack that
 * lacks something is never silent about it.
 */
final class UnsupportedSettings {
    private static final Set<String> COMMON = Set.of("nag_suppressions", "projectName");
    private static final Map<String, Set<String>> TOP = Map.of(
            "roles", Set.of("generatePolicies", "generateRoles"),
            "project", Set.of("dataAdminRoles", "projectExecutionRoles", "s3OutputKmsKeyArn", "glueCatalogKmsKeyArn"),
            "lambda", Set.of("functions"),
            "stepfunction", Set.of("stepfunctionDefinitions"));
    private static final Map<String, Set<String>> ENTRY = Map.of(
            "generateRoles", Set.of("trustedPrincipal", "awsManagedPolicies", "customerManagedPolicies",
                    "generatedPolicies", "suppressions", "verbatimRoleName"),
            "functions", Set.of("functionName", "description", "srcDir", "handler", "runtime", "roleArn",
                    "environment", "memorySizeMB", "ephemeralStorageSizeMB", "timeoutSeconds", "retryAttempts",
                    "maxEventAgeSeconds", "reservedConcurrentExecutions", "layerArns", "vpcConfig"));

    private UnsupportedSettings() {
    }

    static void check(ModuleScope s, String kind) {
        BlueprintModule m = s.module();
        Set<String> top = TOP.getOrDefault(kind, Set.of());
        m.document().forEach((key, value) -> {
            if (!top.contains(key) && !COMMON.contains(key)) {
                warn(s, JsonPointer.of(key), key);
            }
            Set<String> entry = ENTRY.get(key);
            if (entry != null) {
                entries(value).forEach((id, e) -> ConfigValues.map(e).keySet().stream()
                        .filter(k -> !entry.contains(k))
                        .forEach(k -> warn(s, JsonPointer.append(JsonPointer.append("/" + key, id), k), k)));
            }
        });
    }

    private static Map<String, Object> entries(Object value) {
        if (value instanceof List<?> list) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                out.put(Integer.toString(i), list.get(i));
            }
            return out;
        }
        return ConfigValues.map(value);
    }

    private static void warn(ModuleScope s, String pointer, String key) {
        ConfigLocations.Entry e = new ConfigLocations.Entry(s.module(), pointer);
        var src = e.source();
        s.problems().add(new Diagnostic(Severity.WARNING, "SYNTH-UNSUPPORTED", e.file(),
                src.map(x -> x.line()).orElse(0), src.map(x -> x.column()).orElse(0), pointer, "`" + key
                + "` is not synthesized by Blueprint Studio yet: MDAA would act on it, these stacks do not",
                "deploy this module with MDAA, or remove `" + key + "` if it is not needed"));
    }
}
