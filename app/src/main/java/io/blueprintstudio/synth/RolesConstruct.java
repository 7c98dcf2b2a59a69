package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.blueprint.RolesConfig;
import io.blueprintstudio.blueprint.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.IManagedPolicy;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

/**
 * {@code @aws-mdaa/roles}: the customer managed policies of {@code generatePolicies}, one IAM role per
 * {@code generateRoles} entry (trust from {@code trustedPrincipal}, AWS managed, customer managed and generated
 * policies attached, suppressions applied), and the SSM parameters MDAA publishes for each role.
 */
final class RolesConstruct extends Construct {

    RolesConstruct(ModuleScope s, RolesConfig config) {
        super(s.stack(), "Roles");
        Map<String, ManagedPolicy> generated = new java.util.LinkedHashMap<>();
        Map<String, Object> policies = ConfigValues.map(config.raw().get("generatePolicies"));
        policies.forEach((name, v) -> generated.put(name, policy(s, name, ConfigValues.map(v))));
        config.generateRoles().values().forEach(r -> role(s, r, generated));
    }

    private ManagedPolicy policy(ModuleScope s, String name, Map<String, Object> def) {
        String pointer = JsonPointer.of("generatePolicies", name);
        Object document = s.resolvedTree(def.get("policyDocument"), pointer + "/policyDocument");
        ManagedPolicy p = ManagedPolicy.Builder.create(this, "Policy-" + name)
                .managedPolicyName(s.names().resource(name, MdaaNames.POLICY))
                .document(PolicyDocument.fromJson(document))
                .build();
        NagChecks.suppress(p, suppressions(def));
        return s.from(p, pointer);
    }

    private void role(ModuleScope s, RolesConfig.GeneratedRole r, Map<String, ManagedPolicy> generated) {
        IPrincipal principal = principal(s, r);
        if (principal == null) {
            return;
        }
        List<IManagedPolicy> attached = new ArrayList<>();
        r.awsManagedPolicies().forEach(p -> attached.add(ManagedPolicy.fromAwsManagedPolicyName(
                s.resolved(p, r.pointer() + "/awsManagedPolicies"))));
        for (int i = 0; i < r.customerManagedPolicies().size(); i++) {
            String name = s.resolved(r.customerManagedPolicies().get(i), r.pointer() + "/customerManagedPolicies");
            attached.add(ManagedPolicy.fromManagedPolicyName(this, "Customer-" + r.name() + "-" + i, name));
        }
        for (String g : r.generatedPolicies()) {
            ManagedPolicy p = generated.get(g);
            if (p == null) {
                s.error("SYNTH-POLICY-MISSING", r.pointer() + "/generatedPolicies", "role `" + r.name()
                        + "` lists generated policy `" + g + "`, which generatePolicies does not define",
                        "define `" + g + "` under generatePolicies or remove it from the list");
            } else {
                attached.add(p);
            }
        }
        Role role = s.from(Role.Builder.create(this, "Role-" + r.name())
                .roleName(r.raw().get("verbatimRoleName") instanceof String verbatim ? verbatim
                        : s.names().resource(r.name(), MdaaNames.ROLE))
                .assumedBy(principal)
                .managedPolicies(attached)
                .build(), r.pointer());
        NagChecks.suppress(role, r.suppressions());
        publish(s, "role", r.name(), "arn", role.getRoleArn());
        publish(s, "role", r.name(), "id", role.getRoleId());
        publish(s, "role", r.name(), "name", role.getRoleName());
        publishAt(s, s.names().domainSsm("generated-role/" + r.name() + "/arn"), "Generated-" + r.name() + "-arn",
                role.getRoleArn());
        publishAt(s, s.names().domainSsm("generated-role/" + r.name() + "/id"), "Generated-" + r.name() + "-id",
                role.getRoleId());
    }

    private IPrincipal principal(ModuleScope s, RolesConfig.GeneratedRole r) {
        String p = s.resolved(r.trustedPrincipal(), r.pointer() + "/trustedPrincipal");
        if (p != null && p.startsWith("service:")) {
            return new ServicePrincipal(p.substring("service:".length()));
        }
        if (p != null && p.startsWith("account:")) {
            return new AccountPrincipal(p.substring("account:".length()));
        }
        if (p != null && p.startsWith("arn:")) {
            return new ArnPrincipal(p);
        }
        s.error("SYNTH-PRINCIPAL", r.pointer() + "/trustedPrincipal", "role `" + r.name()
                + "` has trustedPrincipal `" + p + "`; it must be service:NAME, account:ID or an ARN",
                "write e.g. trustedPrincipal: service:lambda.amazonaws.com");
        return null;
    }

    private void publish(ModuleScope s, String type, String id, String attr, String value) {
        publishAt(s, s.names().ssm(type, id, attr), "Ssm-" + type + "-" + id + "-" + attr, value);
    }

    private void publishAt(ModuleScope s, String path, String id, String value) {
        StringParameter.Builder.create(this, id).parameterName(path).stringValue(value).build();
    }

    private static List<Suppression> suppressions(Map<String, Object> def) {
        List<Suppression> out = new ArrayList<>();
        for (Object o : def.get("suppressions") instanceof List<?> l ? l : List.of()) {
            Map<String, Object> m = ConfigValues.map(o);
            out.add(new Suppression(str(m.get("id")), str(m.get("reason"))));
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
