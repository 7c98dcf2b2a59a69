package io.blueprintstudio.blueprint;

import java.util.Locale;

/** The MDAA module kinds Blueprint Studio reads into typed views; everything else is {@link #OTHER}. */
public enum ModuleKind {
    ROLES("@aws-mdaa/roles"),
    DATAOPS_PROJECT("@aws-mdaa/dataops-project"),
    DATAOPS_LAMBDA("@aws-mdaa/dataops-lambda"),
    DATAOPS_STEPFUNCTION("@aws-mdaa/dataops-stepfunction"),
    OTHER("");

    private final String modulePath;

    ModuleKind(String modulePath) {
        this.modulePath = modulePath;
    }

    /** The npm package MDAA names in {@code module_path}, such as {@code @aws-mdaa/roles}; empty for OTHER. */
    public String modulePath() {
        return modulePath;
    }

    /** The kind for a {@code module_path}; a version suffix ({@code @aws-mdaa/roles@1.6.0}) is ignored. */
    public static ModuleKind fromModulePath(String path) {
        if (path == null) {
            return OTHER;
        }
        String p = path.trim().toLowerCase(Locale.ROOT);
        int at = p.indexOf('@', 1);
        if (at > 0) {
            p = p.substring(0, at);
        }
        for (ModuleKind k : values()) {
            if (k != OTHER && k.modulePath.equals(p)) {
                return k;
            }
        }
        return OTHER;
    }
}
