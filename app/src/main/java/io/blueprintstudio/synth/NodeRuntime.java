package io.blueprintstudio.synth;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The CDK for Java runs its core in {@code node} (through jsii); without it, say so before the CDK fails. */
final class NodeRuntime {
    private NodeRuntime() {
    }

    /** Node.js majors the CDK's jsii runtime still supports; it warns (a large banner) about older ones. */
    static final int OLDEST_SUPPORTED_MAJOR = 22;
    private static volatile String described;

    /**
     * Checks that {@code node} is there and describes it for the progress line, once per process: its version, and
     * a word when jsii no longer supports it (the launcher silences jsii's own banner, so this line replaces it).
     */
    static String require() throws SynthException {
        Optional<Path> node = find(System.getenv("JSII_NODE"), System.getenv("PATH"));
        if (node.isEmpty()) {
            throw new SynthException("synthesis needs Node.js: the AWS CDK runs its core in `node`, which is not on "
                    + "the PATH (install Node.js 22 or later, or set JSII_NODE to the node executable)");
        }
        String d = described;
        if (d == null) {
            d = describe(version(node.get()));
            described = d;
        }
        return d;
    }

    /** "Node.js v20.1.0 (past its end of life for the AWS CDK: install 22 or later)", or just the version. */
    static String describe(String version) {
        if (version.isEmpty()) {
            return "Node.js";
        }
        String digits = version.startsWith("v") ? version.substring(1) : version;
        int dot = digits.indexOf('.');
        try {
            int major = Integer.parseInt(dot < 0 ? digits : digits.substring(0, dot));
            return major < OLDEST_SUPPORTED_MAJOR ? "Node.js " + version + ", past its end of life for the AWS CDK: "
                    + "synthesis works, but install Node.js " + OLDEST_SUPPORTED_MAJOR + " or later" : "Node.js " + version;
        } catch (NumberFormatException notAVersion) {
            return "Node.js " + version;
        }
    }

    private static String version(Path node) {
        try {
            Process p = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readNBytes(200);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The node executable: {@code JSII_NODE} when set, else the first {@code node} on the path. */
    static Optional<Path> find(String jsiiNode, String path) {
        if (jsiiNode != null && !jsiiNode.isBlank()) {
            Path p = Path.of(jsiiNode);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : windows ? new String[] {"node.exe", "node.cmd"} : new String[] {"node"}) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
