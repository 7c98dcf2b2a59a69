package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.ModuleKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings MDAA would act on that our constructs do not make: each one a located warning, so a stack that lacks
 * something is never silent about it. What the constructs read is listed as pointer patterns ({@code *} is any one
 * entry or list item); every key of a module's config that is neither one of them nor on the way to one is
 * reported, at any depth.
 */
final class UnsupportedSettings {
    private static final List<String> COMMON = List.of("/nag_suppressions/by_path", "/projectName");
    private static final Map<ModuleKind, List<String>> BUILT = Map.of(
            ModuleKind.ROLES, List.of(
                    "/generateRoles/*/trustedPrincipal", "/generateRoles/*/awsManagedPolicies",
                    "/generateRoles/*/customerManagedPolicies", "/generateRoles/*/generatedPolicies",
                    "/generateRoles/*/suppressions", "/generateRoles/*/verbatimRoleName",
                    "/generatePolicies/*/policyDocument", "/generatePolicies/*/suppressions",
                    "/generatePolicies/*/verbatimPolicyName"),
            ModuleKind.DATAOPS_PROJECT, List.of("/dataAdminRoles", "/projectExecutionRoles", "/s3OutputKmsKeyArn",
                    "/glueCatalogKmsKeyArn"),
            ModuleKind.DATAOPS_LAMBDA, List.of("/functions/*/functionName", "/functions/*/description",
                    "/functions/*/srcDir", "/functions/*/handler", "/functions/*/runtime", "/functions/*/roleArn",
                    "/functions/*/environment", "/functions/*/memorySizeMB", "/functions/*/ephemeralStorageSizeMB",
                    "/functions/*/timeoutSeconds", "/functions/*/retryAttempts", "/functions/*/maxEventAgeSeconds",
                    "/functions/*/reservedConcurrentExecutions", "/functions/*/layerArns",
                    // refused with its own error (SYNTH-VPC)
                    "/functions/*/vpcConfig"),
            ModuleKind.DATAOPS_STEPFUNCTION, List.of("/stepfunctionDefinitions/*/stateMachineName",
                    "/stepfunctionDefinitions/*/stateMachineType", "/stepfunctionDefinitions/*/stateMachineExecutionRole",
                    "/stepfunctionDefinitions/*/logGroupRetentionDays", "/stepfunctionDefinitions/*/logExecutionData",
                    "/stepfunctionDefinitions/*/rawStepFunctionDef", "/stepfunctionDefinitions/*/suppressions",
                    "/stepfunctionDefinitions/*/eventBridge/retryAttempts",
                    "/stepfunctionDefinitions/*/eventBridge/maxEventAgeSeconds",
                    "/stepfunctionDefinitions/*/eventBridge/s3EventBridgeRules/*/buckets",
                    "/stepfunctionDefinitions/*/eventBridge/s3EventBridgeRules/*/prefixes",
                    "/stepfunctionDefinitions/*/eventBridge/s3EventBridgeRules/*/eventBusArn",
                    "/stepfunctionDefinitions/*/eventBridge/eventBridgeRules/*/description",
                    "/stepfunctionDefinitions/*/eventBridge/eventBridgeRules/*/eventPattern",
                    "/stepfunctionDefinitions/*/eventBridge/eventBridgeRules/*/scheduleExpression",
                    "/stepfunctionDefinitions/*/eventBridge/eventBridgeRules/*/eventBusArn",
                    "/stepfunctionDefinitions/*/eventBridge/eventBridgeRules/*/input"));

    private UnsupportedSettings() {
    }

    static void check(ModuleScope s) {
        List<List<String>> built = new ArrayList<>();
        COMMON.forEach(p -> built.add(JsonPointer.segments(p)));
        BUILT.getOrDefault(s.module().kind(), List.of()).forEach(p -> built.add(JsonPointer.segments(p)));
        walk(s, s.module().document(), "", built);
    }

    private static void walk(ModuleScope s, Object value, String pointer, List<List<String>> built) {
        ConfigValues here = new ConfigValues(pointer, value);
        Map<String, Object> children = new LinkedHashMap<>();
        if (value instanceof List<?>) {
            here.items().forEach(c -> children.put(JsonPointer.last(c.pointer()), c.value()));
        } else {
            here.entries().forEach((k, c) -> children.put(k, c.value()));
        }
        children.forEach((key, child) -> {
            String at = JsonPointer.append(pointer, key);
            List<String> segments = JsonPointer.segments(at);
            if (built.stream().anyMatch(p -> matches(p, segments, true))) {
                return;
            }
            if (built.stream().anyMatch(p -> matches(p, segments, false))) {
                walk(s, child, at, built);
            } else {
                s.warn("SYNTH-UNSUPPORTED", at, "`" + key + "` is not synthesized by Blueprint Studio yet: MDAA "
                        + "would act on it, these stacks do not", "deploy this module with MDAA, or remove `" + key
                        + "` if it is not needed");
            }
        });
    }

    /** Whether {@code segments} is {@code pattern} ({@code whole}) or leads into it. */
    private static boolean matches(List<String> pattern, List<String> segments, boolean whole) {
        if (whole ? pattern.size() != segments.size() : pattern.size() <= segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!pattern.get(i).equals("*") && !pattern.get(i).equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }
}
