package io.blueprintstudio.synth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/**
 * MDAA's deploy-time values: each {@code {{resolve:ssm:/path}}} in a resolved config becomes a stack parameter of
 * type {@code AWS::SSM::Parameter::Value<String>} defaulting to the path, and the string refers to it. One
 * parameter per path per stack.
 */
public final class SsmPlaceholders {
    static final Pattern REFERENCE = Pattern.compile("\\{\\{resolve:ssm:([^{}]+)}}");

    private final Stack stack;
    private final Map<String, CfnParameter> byPath = new LinkedHashMap<>();

    SsmPlaceholders(Stack stack) {
        this.stack = stack;
    }

    /** The string with every SSM reference replaced by its parameter's token (CloudFormation joins them). */
    String tokens(String resolved) {
        return replace(resolved, path -> parameter(path).getValueAsString());
    }

    /** The SSM paths this stack reads, in the order first used. */
    Set<String> paths() {
        return Collections.unmodifiableSet(byPath.keySet());
    }

    /** True when the string holds at least one SSM reference. */
    static boolean hasReference(String s) {
        return s != null && REFERENCE.matcher(s).find();
    }

    private CfnParameter parameter(String path) {
        return byPath.computeIfAbsent(path, p -> CfnParameter.Builder.create((Construct) stack, logicalId(p))
                .type("AWS::SSM::Parameter::Value<String>")
                .defaultValue(p)
                .description("SSM parameter " + p)
                .build());
    }

    private static String logicalId(String path) {
        StringBuilder id = new StringBuilder("SSM");
        boolean upper = true;
        for (char c : path.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return id + Integer.toHexString(path.hashCode());
    }

    /**
     * The string with each SSM reference replaced by a plausible concrete value, for checks that need one (the
     * ASL validator): what {@code values} says for the path, else the path itself.
     */
    public static String concrete(String resolved, Function<String, String> values) {
        return replace(resolved, path -> {
            String v = values.apply(path);
            return v == null ? path : v;
        });
    }

    private static String replace(String s, Function<String, String> by) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
