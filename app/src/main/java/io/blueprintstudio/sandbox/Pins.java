package io.blueprintstudio.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exact versions the sandbox installs: MiniStack, and boto3 beside it (MiniStack runs CloudFormation custom
 * resources with it). Read from the same requirements file the test peers install from, copied into the jar at
 * build time, so the app runs the MiniStack version the tests passed with.
 *
 * @param versions package name → pinned version, in install order
 */
record Pins(Map<String, String> versions) {
    static final String RESOURCE = "requirements.txt";
    private static final String[] PACKAGES = {"ministack", "boto3"};

    Pins {
        versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions)); // pip's order, kept
    }

    static Pins bundled() {
        try (InputStream in = Pins.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the app's jar; rebuild the app");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code name==version} lines of the packages the sandbox needs; the other peers are test tools. */
    static Pins parse(String requirements) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : requirements.split("\\R")) {
            String l = line.strip();
            int eq = l.indexOf("==");
            if (l.startsWith("#") || eq < 0) {
                continue;
            }
            found.put(l.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT), l.substring(eq + 2).strip());
        }
        Map<String, String> pins = new LinkedHashMap<>();
        for (String p : PACKAGES) {
            String v = found.get(p);
            if (v == null) {
                throw new IllegalStateException(RESOURCE + " pins no version of " + p);
            }
            pins.put(p, v);
        }
        return new Pins(pins);
    }

    /** What pip installs: {@code ministack==1.5.33 boto3==...}. */
    java.util.List<String> requirements() {
        return versions.entrySet().stream().map(e -> e.getKey() + "==" + e.getValue()).toList();
    }

    String ministack() {
        return versions.get("ministack");
    }
}
