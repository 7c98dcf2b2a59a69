package io.blueprintstudio.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves MDAA's references and templates for one module of one environment, in MDAA's order:
 * <ol>
 * <li>({@code ./} paths are already absolute in {@link BlueprintModule#document()})</li>
 * <li>{@code project:X} (dataops modules with a {@code projectName}) → {@code /<org>/<domain>/<projectName>/X}</li>
 * <li>{@code generated-role-id:NAME} / {@code generated-role-arn:NAME} →
 * {@code /<org>/<domain>/generated-role/NAME/id|arn}</li>
 * <li>{@code ssm-org:X}, {@code ssm-domain:X}, {@code ssm-env:X}, {@code ssm:/path} → {@code {{resolve:ssm:/path}}}
 * (the SSM paths of steps 2 and 3 too)</li>
 * <li>{@code {{…}}} in keys and values, innermost first: {@code org}, {@code domain}, {@code env},
 * {@code module_name}, {@code region}, {@code account}, {@code partition}, {@code context:KEY},
 * {@code env_var:NAME}. {@code {{resolve:ssm:/path}}} stays in the value (it is resolved at deploy time; see
 * {@link #ssmParameters(String)}); {@code ref:…} and unknown forms pass through untouched.</li>
 * </ol>
 * A missing context key or environment variable is a {@link ResolutionProblem}, never an exception; the template
 * is then left as written. A string that is exactly one {@code {{context:KEY}}} takes the context value itself
 * (a list or map stays a list or map).
 */
public final class Resolver {

    /** Everything a resolution needs; {@code envVars} is usually {@code System.getenv()}. */
    public record Scope(String organization, String domain, String env, String moduleName, String region,
            String account, String partition, Map<String, Object> context, Map<String, String> envVars) {

        public Scope {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(env, "env");
            Objects.requireNonNull(moduleName, "moduleName");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(partition, "partition");
            context = Map.copyOf(context);
            envVars = Map.copyOf(envVars);
        }
    }

    /**
     * Where the stacks go when the config does not say: a region/account from the profile or the emulator, or
     * null for unknown, which resolves to CloudFormation's pseudo parameters ({@code ${AWS::Region}} ...).
     */
    public record Target(String region, String account, String partition) {

        /** The local emulator: us-east-1, account 000000000000, partition aws. */
        public static final Target LOCAL = new Target("us-east-1", "000000000000", "aws");

        /** Nothing known: pseudo parameters. */
        public static final Target UNKNOWN = new Target(null, null, null);
    }

    private static final Pattern SSM_REFERENCE = Pattern.compile("\\{\\{resolve:ssm:([^{}]*)}}");
    private static final char HOLD_OPEN = '\uE000';
    private static final char HOLD_CLOSE = '\uE001';

    private final Scope scope;
    private final String projectName;

    /** A resolver for {@code scope}; {@code projectName} may be null (then {@code project:} is left alone). */
    public Resolver(Scope scope, String projectName) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.projectName = projectName;
    }

    /**
     * The resolver MDAA would use for {@code module}: org, domain, env and module name from the blueprint, region
     * and account from the environment, domain or global config unless missing or {@code default} (then from
     * {@code target}), the merged context (global → domain → env → module), the module's {@code projectName}.
     */
    public static Resolver forModule(Blueprint blueprint, BlueprintModule module, Target target,
            Map<String, String> envVars) {
        MdaaConfig mdaa = blueprint.mdaa();
        MdaaConfig.Domain d = mdaa.domains().get(module.domain());
        MdaaConfig.Environment e = d.environments().get(module.env());
        String region = firstKnown(e.region(), d.region(), mdaa.region(), target.region(), "${AWS::Region}");
        String account = firstKnown(e.account(), d.account(), mdaa.account(), target.account(),
                "${AWS::AccountId}");
        String partition = firstKnown(target.partition(), "${AWS::Partition}");
        Scope scope = new Scope(mdaa.organization() == null ? "" : mdaa.organization(), module.domain(),
                module.env(), module.name(), region, account, partition, blueprint.context(module), envVars);
        return new Resolver(scope, module.projectName());
    }

    private static String firstKnown(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.equals("default")) {
                return v;
            }
        }
        throw new IllegalStateException("unreachable: the last value is always known");
    }

    public Scope scope() {
        return scope;
    }

    /** Resolves a whole value tree (keys and values); problems carry the JSON pointer where they occurred. */
    public Resolution resolve(Object value) {
        List<ResolutionProblem> problems = new ArrayList<>();
        Object out = resolve(value, "", problems);
        return new Resolution(out, problems);
    }

    /** Resolves one string; the value is a String unless the string was exactly one non-string context value. */
    public Resolution resolveString(String value) {
        return resolve(value);
    }

    private Object resolve(Object value, String pointer, List<ResolutionProblem> problems) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(string(String.valueOf(k), pointer, problems));
                out.put(key, resolve(v, JsonPointer.append(pointer, String.valueOf(k)), problems));
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(resolve(list.get(i), JsonPointer.append(pointer, i), problems));
            }
            return out;
        }
        return value instanceof String s ? string(s, pointer, problems) : value;
    }

    private Object string(String s, String pointer, List<ResolutionProblem> problems) {
        String v = references(s);
        if (v.startsWith("{{context:") && v.endsWith("}}") && v.indexOf("{{", 2) < 0) {
            String key = v.substring("{{context:".length(), v.length() - 2).trim();
            Object found = scope.context().get(key);
            if (found instanceof Map || found instanceof List) {
                return Values.deepCopy(found);
            }
        }
        return templates(v, pointer, problems);
    }

    /** Steps 2–4: whole-value references. */
    private String references(String s) {
        String org = scope.organization();
        String domain = scope.domain();
        if (projectName != null && s.startsWith("project:")) {
            s = "ssm:/" + org + "/" + domain + "/" + projectName + "/" + s.substring("project:".length());
        }
        if (s.startsWith("generated-role-id:")) {
            s = "ssm:/" + org + "/" + domain + "/generated-role/" + s.substring("generated-role-id:".length()) + "/id";
        } else if (s.startsWith("generated-role-arn:")) {
            s = "ssm:/" + org + "/" + domain + "/generated-role/" + s.substring("generated-role-arn:".length())
                    + "/arn";
        }
        if (s.startsWith("ssm-org:")) {
            return "{{resolve:ssm:/" + org + "/" + s.substring("ssm-org:".length()) + "}}";
        }
        if (s.startsWith("ssm-domain:")) {
            return "{{resolve:ssm:/" + org + "/" + domain + "/" + s.substring("ssm-domain:".length()) + "}}";
        }
        if (s.startsWith("ssm-env:")) {
            return "{{resolve:ssm:/" + org + "/" + domain + "/" + scope.env() + "/"
                    + s.substring("ssm-env:".length()) + "}}";
        }
        if (s.startsWith("ssm:/")) {
            return "{{resolve:ssm:" + s.substring("ssm:".length()) + "}}";
        }
        return s;
    }

    /** Step 5: {@code {{…}}}, innermost first; what is not ours is held aside and put back unchanged. */
    private String templates(String s, String pointer, List<ResolutionProblem> problems) {
        List<String> held = new ArrayList<>();
        String v = s;
        while (true) {
            int close = v.indexOf("}}");
            int open = close < 0 ? -1 : v.lastIndexOf("{{", close);
            if (open < 0) {
                break;
            }
            String inner = v.substring(open + 2, close);
            String whole = v.substring(open, close + 2);
            String replacement = template(inner, whole, pointer, problems);
            if (replacement == null) {
                held.add(whole);
                replacement = HOLD_OPEN + Integer.toString(held.size() - 1) + HOLD_CLOSE;
            }
            v = v.substring(0, open) + replacement + v.substring(close + 2);
        }
        for (int i = held.size() - 1; i >= 0; i--) {
            v = v.replace(HOLD_OPEN + Integer.toString(i) + HOLD_CLOSE, held.get(i));
        }
        return v;
    }

    // held in reverse: a later hold may contain earlier ones, which the following iterations then put back

    /** The replacement for one innermost template, or null to keep it as written. */
    private String template(String inner, String whole, String pointer, List<ResolutionProblem> problems) {
        String t = inner.trim();
        switch (t) {
            case "org":
                return scope.organization();
            case "domain":
                return scope.domain();
            case "env":
                return scope.env();
            case "module_name":
                return scope.moduleName();
            case "region":
                return scope.region();
            case "account":
                return scope.account();
            case "partition":
                return scope.partition();
            default:
                break;
        }
        if (t.startsWith("context:")) {
            String key = t.substring("context:".length()).trim();
            if (!scope.context().containsKey(key)) {
                problems.add(new ResolutionProblem(pointer, whole, "context key '" + key + "' is not defined for "
                        + scope.domain() + "/" + scope.env() + "/" + scope.moduleName()));
                return null;
            }
            Object value = scope.context().get(key);
            return value instanceof Map || value instanceof List ? json(value) : String.valueOf(value);
        }
        if (t.startsWith("env_var:")) {
            String name = t.substring("env_var:".length()).trim();
            String value = scope.envVars().get(name);
            if (value == null) {
                problems.add(new ResolutionProblem(pointer, whole, "environment variable " + name + " is not set"));
            }
            return value;
        }
        return null; // resolve:ssm, ref:, resolve:secretsmanager and everything else: deploy time or not ours
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** The parameter names of every {@code {{resolve:ssm:/path}}} in a resolved string, in order. */
    public static List<String> ssmParameters(String resolved) {
        List<String> out = new ArrayList<>();
        Matcher m = SSM_REFERENCE.matcher(resolved);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
