package io.blueprintstudio.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CDK cloud assembly (the {@code cdk.out} folder) read from its {@code manifest.json}: the stacks in the order
 * they deploy (each after the stacks it depends on), with their templates and file assets. Read with Jackson rather
 * than the CDK's own reader, which would start a Node process just to parse JSON.
 */
public record CloudAssembly(Path directory, List<StackArtifact> stacks) {
    static final String MANIFEST = "manifest.json";
    private static final String STACK = "aws:cloudformation:stack";
    private static final String ASSETS = "cdk:asset-manifest";
    private static final String NESTED = "cdk:cloud-assembly";

    public CloudAssembly {
        stacks = List.copyOf(stacks);
    }

    /** Reads {@code directory/manifest.json}; errors name the file and the artifact or field. */
    public static CloudAssembly read(Path directory) throws DeployException {
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new DeployException("no cloud assembly in " + directory + ": " + MANIFEST + " is missing "
                    + "(synthesize the blueprint first)");
        }
        List<StackArtifact> stacks = new ArrayList<>();
        collect(directory, stacks);
        return new CloudAssembly(directory, inDeployOrder(stacks));
    }

    /** The stack called {@code name}. */
    public StackArtifact stack(String name) throws DeployException {
        for (StackArtifact s : stacks) {
            if (s.stackName().equals(name) || s.id().equals(name)) {
                return s;
            }
        }
        throw new DeployException("the assembly in " + directory + " has no stack " + name);
    }

    private static void collect(Path dir, List<StackArtifact> into) throws DeployException {
        Path manifest = dir.resolve(MANIFEST);
        JsonNode artifacts = readJson(manifest).path("artifacts");
        Map<String, List<FileAsset>> assets = new HashMap<>();
        Map<String, Integer> assetVersions = new HashMap<>();
        for (var e : artifacts.properties()) {
            JsonNode a = e.getValue();
            String type = a.path("type").asText();
            if (ASSETS.equals(type)) {
                String file = required(a.path("properties"), "file", manifest, e.getKey());
                assets.put(e.getKey(), AssetManifest.read(dir.resolve(file)));
                assetVersions.put(e.getKey(), a.path("properties").path("requiresBootstrapStackVersion").asInt(0));
            } else if (NESTED.equals(type)) {
                collect(dir.resolve(required(a.path("properties"), "directoryName", manifest, e.getKey())), into);
            }
        }
        for (var e : artifacts.properties()) {
            if (STACK.equals(e.getValue().path("type").asText())) {
                into.add(stack(dir, manifest, e.getKey(), e.getValue(), assets, assetVersions));
            }
        }
    }

    private static StackArtifact stack(Path dir, Path manifest, String id, JsonNode a,
            Map<String, List<FileAsset>> assets, Map<String, Integer> assetVersions) throws DeployException {
        JsonNode p = a.path("properties");
        Path template = dir.resolve(required(p, "templateFile", manifest, id));
        if (!Files.isRegularFile(template)) {
            throw new DeployException(manifest + ": stack " + id + " names the template " + template.getFileName()
                    + ", which is missing");
        }
        List<String> deps = new ArrayList<>();
        List<FileAsset> files = new ArrayList<>();
        int version = p.path("requiresBootstrapStackVersion").asInt(0);
        for (JsonNode d : a.path("dependencies")) {
            String dep = d.asText();
            if (assets.containsKey(dep)) {
                files.addAll(assets.get(dep));
                version = Math.max(version, assetVersions.get(dep));
            } else {
                deps.add(dep);
            }
        }
        return new StackArtifact(id, p.path("stackName").asText(id), template, deps, files,
                strings(p.path("parameters")), strings(p.path("tags")), version,
                a.path("environment").asText("aws://unknown-account/unknown-region"), StackArtifact.sha256(template));
    }

    /** Each stack after its dependencies; otherwise the manifest's order. Dependencies may name id or stack name. */
    static List<StackArtifact> inDeployOrder(List<StackArtifact> stacks) throws DeployException {
        Map<String, StackArtifact> byKey = new LinkedHashMap<>();
        for (StackArtifact s : stacks) {
            byKey.put(s.id(), s);
            byKey.putIfAbsent(s.stackName(), s);
        }
        Set<StackArtifact> done = new LinkedHashSet<>();
        Set<StackArtifact> visiting = new LinkedHashSet<>();
        for (StackArtifact s : stacks) {
            visit(s, byKey, done, visiting);
        }
        return List.copyOf(done);
    }

    private static void visit(StackArtifact s, Map<String, StackArtifact> byKey, Set<StackArtifact> done,
            Set<StackArtifact> visiting) throws DeployException {
        if (done.contains(s)) {
            return;
        }
        if (!visiting.add(s)) {
            throw new DeployException("stacks depend on each other in a circle: "
                    + String.join(" → ", visiting.stream().map(StackArtifact::stackName).toList()));
        }
        for (String dep : s.dependsOn()) {
            StackArtifact d = byKey.get(dep);
            if (d != null) { // a dependency outside this assembly is assumed deployed
                visit(d, byKey, done, visiting);
            }
        }
        visiting.remove(s);
        done.add(s);
    }

    static JsonNode readJson(Path file) throws DeployException {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new DeployException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String required(JsonNode node, String field, Path file, String where) throws DeployException {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new DeployException(file + ": " + where + " has no " + field);
        }
        return v.asText();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> m = new LinkedHashMap<>();
        object.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }
}
