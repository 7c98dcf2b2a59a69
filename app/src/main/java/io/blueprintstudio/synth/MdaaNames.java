package io.blueprintstudio.synth;

import java.util.Locale;

/**
 * MDAA's names for one module: the stack {@code <org>-<env>-<domain>-<module>}, resources {@code <base>-<suffix>}
 * lower-cased and shortened with a hash when too long, SSM parameters {@code /<org>/<domain>/<module>/...}
 * (without the env).
 */
record MdaaNames(String org, String env, String domain, String module) {

    static final int LAMBDA = 64;
    static final int ROLE = 64;
    static final int POLICY = 64;
    static final int QUEUE = 80;
    static final int TOPIC = 80;
    static final int STATE_MACHINE = 80;
    static final int RULE = 64;
    static final int NO_LIMIT = Integer.MAX_VALUE;

    String stackName() {
        return (org + "-" + env + "-" + domain + "-" + module).replace('_', '-');
    }

    /** {@code <base>-<suffix>}, lower-cased, fitted to {@code limit} as MDAA fits it. */
    String resource(String suffix, int limit) {
        return fit((stackName() + "-" + suffix).toLowerCase(Locale.ROOT), limit);
    }

    /** An EventBridge rule of state machine {@code machine}: {@code <base>-<machine>-<rule>}. */
    String rule(String machine, String ruleName) {
        return resource(machine + "-" + ruleName, RULE);
    }

    /** The module's own SSM path {@code /<org>/<domain>/<module>/<type>/<id>/<attr>}, lower-cased. */
    String ssm(String type, String id, String attr) {
        return ("/" + org + "/" + domain + "/" + module + "/" + type + "/" + id + "/" + attr).toLowerCase(Locale.ROOT);
    }

    /** A path under the domain, as written (MDAA keeps the case of {@code project:} paths). */
    String domainSsm(String rest) {
        return "/" + org + "/" + domain + "/" + rest;
    }

    /**
     * MDAA's rule: a name at least {@code limit} long becomes a prefix, {@code -} and its Java hash code in signed
     * hexadecimal ({@code -2889237f} for a negative hash), the prefix cut so the whole is {@code limit} long.
     */
    static String fit(String name, int limit) {
        if (name.length() < limit) {
            return name;
        }
        int h = name.hashCode();
        String hash = h < 0 ? "-" + Long.toHexString(-(long) h) : Integer.toHexString(h);
        return name.substring(0, limit - hash.length() - 1) + "-" + hash;
    }
}
