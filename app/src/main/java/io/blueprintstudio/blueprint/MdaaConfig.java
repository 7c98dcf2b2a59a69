package io.blueprintstudio.blueprint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed read view of {@code mdaa.yaml}, as written (MDAA validates this file before any template is resolved, and
 * so do we: no {@code ./} resolution here). {@code raw} is the whole document, unknown keys included.
 *
 * @param organization the {@code organization}; null when missing
 * @param region       the global {@code region} (may be {@code default}); null when missing
 * @param account      the global {@code account}; null when missing
 * @param context      the global {@code context} map
 * @param tagConfigs   the global {@code tag_configs}, as written
 * @param domains      by name, in file order
 */
public record MdaaConfig(String organization, String region, String account, Map<String, Object> context,
        List<String> tagConfigs, Map<String, Domain> domains, Map<String, Object> raw) {

    /** One entry of {@code domains}. */
    public record Domain(String name, String region, String account, Map<String, Object> context,
            List<String> tagConfigs, Map<String, Environment> environments, Map<String, Object> raw) {

        /** Where this domain is in {@code mdaa.yaml}. */
        public String pointer() {
            return JsonPointer.of("domains", name);
        }
    }

    /** One entry of a domain's {@code environments}. */
    public record Environment(String domain, String name, String region, String account,
            Map<String, Object> context, List<String> tagConfigs, Map<String, Module> modules,
            Map<String, Object> raw) {

        public String pointer() {
            return JsonPointer.of("domains", domain, "environments", name);
        }
    }

    /** One entry of an environment's {@code modules}: which MDAA app, and which config files. */
    public record Module(String domain, String env, String name, String modulePath, List<String> moduleConfigs,
            Map<String, Object> context, List<String> tagConfigs, Map<String, Object> raw) {

        public ModuleKind kind() {
            return ModuleKind.fromModulePath(modulePath);
        }

        public String pointer() {
            return JsonPointer.of("domains", domain, "environments", env, "modules", name);
        }
    }

    static MdaaConfig from(Map<String, Object> doc) {
        Map<String, Domain> domains = new LinkedHashMap<>();
        Values.map(doc, "domains").forEach((dn, dv) -> {
            Map<String, Object> d = Values.map(dv);
            Map<String, Environment> envs = new LinkedHashMap<>();
            Values.map(d, "environments").forEach((en, ev) -> {
                Map<String, Object> e = Values.map(ev);
                Map<String, Module> modules = new LinkedHashMap<>();
                Values.map(e, "modules").forEach((mn, mv) -> {
                    Map<String, Object> m = Values.map(mv);
                    modules.put(mn, new Module(dn, en, mn, Values.str(m, "module_path"),
                            Values.strings(m, "module_configs"), Values.map(m, "context"),
                            Values.strings(m, "tag_configs"), m));
                });
                envs.put(en, new Environment(dn, en, Values.str(e, "region"), Values.str(e, "account"),
                        Values.map(e, "context"), Values.strings(e, "tag_configs"),
                        Collections.unmodifiableMap(modules), e));
            });
            domains.put(dn, new Domain(dn, Values.str(d, "region"), Values.str(d, "account"),
                    Values.map(d, "context"), Values.strings(d, "tag_configs"), Collections.unmodifiableMap(envs), d));
        });
        return new MdaaConfig(Values.str(doc, "organization"), Values.str(doc, "region"),
                Values.str(doc, "account"), Values.map(doc, "context"), Values.strings(doc, "tag_configs"),
                Collections.unmodifiableMap(domains), Values.map(doc));
    }
}
