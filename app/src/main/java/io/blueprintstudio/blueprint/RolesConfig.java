package io.blueprintstudio.blueprint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed read view of an {@code @aws-mdaa/roles} module config (merged, {@code ./} paths resolved). */
public record RolesConfig(Map<String, GeneratedRole> generateRoles, Map<String, Object> raw) {

    /** One entry of {@code generateRoles}; {@code pointer} is where it sits in the merged document. */
    public record GeneratedRole(String name, String trustedPrincipal, List<String> awsManagedPolicies,
            List<String> customerManagedPolicies, List<String> generatedPolicies, List<Suppression> suppressions,
            Map<String, Object> raw) {

        public String pointer() {
            return JsonPointer.of("generateRoles", name);
        }
    }

    static RolesConfig from(Map<String, Object> doc) {
        Map<String, GeneratedRole> roles = new LinkedHashMap<>();
        Values.map(doc, "generateRoles").forEach((name, v) -> {
            Map<String, Object> r = Values.map(v);
            roles.put(name, new GeneratedRole(name, Values.str(r, "trustedPrincipal"),
                    Values.strings(r, "awsManagedPolicies"), Values.strings(r, "customerManagedPolicies"),
                    Values.strings(r, "generatedPolicies"), Values.suppressions(r, "suppressions"), r));
        });
        return new RolesConfig(Collections.unmodifiableMap(roles), Values.map(doc));
    }
}
