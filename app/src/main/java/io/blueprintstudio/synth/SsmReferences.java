package io.blueprintstudio.synth;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.ModuleKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every {@code {{resolve:ssm:}}} path a stack reads that names a module of this synthesis (or a generated role)
 * must be published by one of its stacks, exactly (SSM names are case-sensitive); otherwise CloudFormation stops
 * the deploy on a parameter that does not exist. Paths of other modules are another deployment's, and left to the
 * validator's warning.
 */
final class SsmReferences {
    private SsmReferences() {
    }

    static void check(List<ModuleScope> scopes, Set<String> published) {
        for (ModuleScope s : scopes) {
            String domainPrefix = s.names().domainSsm("");
            for (String path : s.ssm().paths()) {
                if (!path.startsWith(domainPrefix) || published.contains(path)) {
                    continue;
                }
                String first = path.substring(domainPrefix.length()).split("/")[0];
                if (ours(scopes, s.module(), first)) {
                    TreeSet<String> near = new TreeSet<>();
                    published.stream().filter(p -> p.startsWith(domainPrefix + first + "/")).forEach(near::add);
                    s.error("SYNTH-SSM-UNPUBLISHED", where(s.config(), path), "SSM parameter " + path + " is read "
                            + "here but no stack of this synthesis publishes it, so CloudFormation would stop the "
                            + "deploy of " + s.names().stackName(), near.isEmpty() ? "check the path"
                            : "published under " + domainPrefix + first + "/: " + String.join(", ", near));
                }
            }
        }
    }

    /** Whether the first segment after {@code /<org>/<domain>/} is a module (or the roles) this synthesis builds. */
    private static boolean ours(List<ModuleScope> scopes, BlueprintModule near, String first) {
        return scopes.stream().map(ModuleScope::module).filter(m -> m.domain().equals(near.domain()))
                .anyMatch(m -> m.name().equals(first) || (first.equals("generated-role")
                        && m.kind() == ModuleKind.ROLES));
    }

    /** The first config value that reads {@code path}; the project's when synthesis added the reference. */
    private static String where(ConfigValues config, String path) {
        String found = find(config, "{{resolve:ssm:" + path + "}}");
        return found != null ? found : "/projectName";
    }

    private static String find(ConfigValues v, String reference) {
        if (v.value() instanceof String s) {
            return s.contains(reference) ? v.pointer() : null;
        }
        Iterable<ConfigValues> children = v.value() instanceof Map<?, ?> ? v.entries().values() : v.items();
        for (ConfigValues c : children) {
            String found = c.value() instanceof String || c.value() instanceof Map || c.value() instanceof List
                    ? find(c, reference) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
