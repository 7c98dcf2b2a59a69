package io.blueprintstudio.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import software.constructs.Construct;

/**
 * {@code @aws-mdaa/roles}: the customer managed policies of {@code generatePolicies}, one IAM role per
 * {@code generateRoles} entry (trust from {@code trustedPrincipal}, AWS managed, customer managed and generated
 * policies attached, suppressions applied; {@code verbatimRoleName} / {@code verbatimPolicyName} keep the config's
 * name), and the SSM parameters MDAA publishes for each role.
 */
final class RolesConstruct extends Construct {

    RolesConstruct(ModuleScope s) {
        super(s.stack(), "Roles");
        Map<String, ManagedPolicy> generated = new LinkedHashMap<>();
        s.config().at("generatePolicies").entries().forEach((name, def) -> {
            ManagedPolicy p = policy(s, name, def);
            if (p != null) {
                generated.put(name, p);
            }
        });
        s.config().at("generateRoles").entries().forEach((name, r) -> role(s, name, r, generated));
    }

    private ManagedPolicy policy(ModuleScope s, String name, ConfigValues def) {
        if (!def.at("policyDocument").present()) {
            s.error("SYNTH-POLICY-DOCUMENT", def.pointer(), "generated policy `" + name + "` has no policyDocument",
                    "add policyDocument: {Version: '2012-10-17', Statement: [...]}");
            return null;
        }
        ManagedPolicy p = ManagedPolicy.Builder.create(this, "Policy-" + name)
                .managedPolicyName(Boolean.TRUE.equals(def.bool("verbatimPolicyName")) ? name
                        : s.names().resource(name, MdaaNames.POLICY))
                .document(PolicyDocument.fromJson(s.tokens(def.at("policyDocument").value())))
                .build();
        NagChecks.suppress(p, def.at("suppressions").suppressions());
        return s.from(p, def.pointer());
    }

    private void role(ModuleScope s, String name, ConfigValues r, Map<String, ManagedPolicy> generated) {
        IPrincipal principal = principal(s, name, r);
        if (principal == null) {
            return;
        }
        List<IManagedPolicy> attached = new ArrayList<>();
        r.strings("awsManagedPolicies").forEach(p -> attached.add(ManagedPolicy.fromAwsManagedPolicyName(p)));
        List<ConfigValues> customer = r.at("customerManagedPolicies").items();
        for (int i = 0; i < customer.size(); i++) {
            attached.add(ManagedPolicy.fromManagedPolicyName(this, "Customer-" + name + "-" + i,
                    s.text(customer.get(i))));
        }
        for (String g : r.strings("generatedPolicies")) {
            ManagedPolicy p = generated.get(g);
            if (p == null) {
                s.error("SYNTH-POLICY-MISSING", r.pointer() + "/generatedPolicies", "role `" + name
                        + "` lists generated policy `" + g + "`, which generatePolicies does not define",
                        "define `" + g + "` under generatePolicies or remove it from the list");
            } else {
                attached.add(p);
            }
        }
        Role role = s.from(Role.Builder.create(this, "Role-" + name)
                .roleName(Boolean.TRUE.equals(r.bool("verbatimRoleName")) ? name
                        : s.names().resource(name, MdaaNames.ROLE))
                .assumedBy(principal)
                .managedPolicies(attached)
                .build(), r.pointer());
        NagChecks.suppress(role, r.at("suppressions").suppressions());
        for (String attr : List.of("arn", "id", "name")) {
            String value = attr.equals("arn") ? role.getRoleArn() : attr.equals("id") ? role.getRoleId()
                    : role.getRoleName();
            s.publishAt(this, "Ssm-role-" + name + "-" + attr, s.names().ssm("role", name, attr), value);
        }
        s.publishAt(this, "Generated-" + name + "-arn", s.names().domainSsm("generated-role/" + name + "/arn"),
                role.getRoleArn());
        s.publishAt(this, "Generated-" + name + "-id", s.names().domainSsm("generated-role/" + name + "/id"),
                role.getRoleId());
    }

    private IPrincipal principal(ModuleScope s, String name, ConfigValues r) {
        String p = s.text(r.at("trustedPrincipal"));
        if (p != null && p.startsWith("service:")) {
            return new ServicePrincipal(p.substring("service:".length()));
        }
        if (p != null && p.startsWith("account:")) {
            return new AccountPrincipal(p.substring("account:".length()));
        }
        if (p != null && p.startsWith("arn:")) {
            return new ArnPrincipal(p);
        }
        s.error("SYNTH-PRINCIPAL", r.pointer() + "/trustedPrincipal", "role `" + name
                + "` has trustedPrincipal `" + p + "`; it must be service:NAME, account:ID or an ARN",
                "write e.g. trustedPrincipal: service:lambda.amazonaws.com");
        return null;
    }
}
