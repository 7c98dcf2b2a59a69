package io.blueprintstudio.validate.rules;

import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.JsonPointer;
import io.blueprintstudio.validate.ValidationContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a generated role is allowed, as far as the blueprint shows it: the AWS managed policies Blueprint Studio
 * knows ({@code managed-policies.txt}) and the Allow statements of the role's {@code generatedPolicies} (from the
 * same roles module's {@code generatePolicies}). Customer managed policies and unknown managed policies cannot be
 * seen; they are listed in {@link #unknown()} so a warning can say so.
 */
final class Grants {
    /** One Allow statement: action and resource patterns ({@code *} and {@code ?} wildcards). */
    record Statement(List<String> actions, List<String> resources) {
    }

    private static final Map<String, List<String>> MANAGED = loadManaged();

    private final List<Statement> statements = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();

    Grants(ValidationContext ctx, Topology.Role role) {
        for (String p : role.role().awsManagedPolicies()) {
            String name = p.substring(p.lastIndexOf('/') + 1);
            List<String> actions = MANAGED.get(name);
            if (actions == null) {
                unknown.add(p);
            } else {
                statements.add(new Statement(actions, List.of("*")));
            }
        }
        unknown.addAll(role.role().customerManagedPolicies());
        BlueprintModule m = role.module();
        for (String policy : role.role().generatedPolicies()) {
            Object doc = ctx.resolvedAt(m, JsonPointer.of("generatePolicies", policy, "policyDocument"));
            if (doc == null) {
                unknown.add(policy);
                continue;
            }
            for (Object s : Walk.list(Walk.map(doc).get("Statement"))) {
                Map<?, ?> st = Walk.map(s);
                if ("Allow".equals(Walk.str(st.get("Effect")))) {
                    statements.add(new Statement(strings(st.get("Action")), strings(st.get("Resource"))));
                }
            }
        }
    }

    /** Policies whose contents cannot be known here. */
    List<String> unknown() {
        return unknown;
    }

    /** Whether some statement allows {@code action} on {@code resource} (null: any resource will do). */
    boolean allows(String action, String resource) {
        for (Statement s : statements) {
            if (s.actions().stream().anyMatch(a -> glob(a, true).matcher(action).matches())
                    && (resource == null || s.resources().stream().anyMatch(r -> glob(r, false).matcher(resource)
                            .matches()))) {
                return true;
            }
        }
        return false;
    }

    /** An IAM pattern as a regex: {@code *} and {@code ?} wildcards; deploy-time tokens ({@code ${..}}) match any. */
    static Pattern glob(String pattern, boolean caseInsensitive) {
        String p = pattern.replaceAll("\\$\\{[^}]*}", "*").replaceAll("\\{\\{[^}]*}}", "*");
        StringBuilder re = new StringBuilder();
        for (char c : p.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
    }

    private static List<String> strings(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().map(Walk::str).filter(java.util.Objects::nonNull).toList();
        }
        String s = Walk.str(v);
        return s == null ? List.of() : List.of(s);
    }

    private static Map<String, List<String>> loadManaged() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = Grants.class.getResourceAsStream("managed-policies.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource managed-policies.txt missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    out.put(line.substring(0, colon).trim(),
                            List.of(line.substring(colon + 1).trim().split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
