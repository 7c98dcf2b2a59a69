package io.blueprintstudio.synth;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The CDK for Java runs its core in {@code node} (through jsii); without it, say so before the CDK fails. */
final class NodeRuntime {
    private NodeRuntime() {
    }

    static void require() throws SynthException {
        if (find(System.getenv("JSII_NODE"), System.getenv("PATH")).isEmpty()) {
            throw new SynthException("synthesis needs Node.js: the AWS CDK runs its core in `node`, which is not on "
                    + "the PATH (install Node.js 18 or later, or set JSII_NODE to the node executable)");
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
