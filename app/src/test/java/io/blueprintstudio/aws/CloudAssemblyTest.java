package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a cloud assembly's manifest: deploy order, assets, and errors that name the file and the artifact. */
class CloudAssemblyTest {
    @TempDir
    Path dir;

    @Test
    void stacksComeAfterTheirDependenciesWhateverTheManifestOrder() throws Exception {
        List<StackArtifact> order = CloudAssembly.inDeployOrder(List.of(stack("stepfunction", "lambda", "roles"),
                stack("lambda", "project"), stack("project", "roles"), stack("roles")));
        assertEquals(List.of("roles", "project", "lambda", "stepfunction"),
                order.stream().map(StackArtifact::stackName).toList());
    }

    @Test
    void circularDependencyNamesTheStacks() {
        DeployException e = assertThrows(DeployException.class, () -> CloudAssembly.inDeployOrder(List.of(
                stack("a", "b"), stack("b", "a"))));
        assertTrue(e.getMessage().contains("a → b"), e.getMessage());
    }

    @Test
    void missingTemplateNamesTheManifestAndTheStack() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), """
                {"version": "48.0.0", "artifacts": {"roles": {"type": "aws:cloudformation:stack",
                  "properties": {"templateFile": "roles.template.json"}}}}""");
        DeployException e = assertThrows(DeployException.class, () -> CloudAssembly.read(dir));
        assertTrue(e.getMessage().contains("manifest.json: stack roles names the template roles.template.json, "
                + "which is missing"), e.getMessage());
    }

    @Test
    void readsAssetsAndBootstrapVersionFromTheCdksOwnOutput() throws Exception {
        CloudAssembly a = CloudAssembly.read(TestApps.withFileAsset(dir, "read", false));
        StackArtifact app = a.stack("read-app");
        assertEquals(List.of("read-base"), app.dependsOn());
        assertEquals(6, app.requiredBootstrapVersion());
        FileAsset jar = app.assets().stream().filter(x -> x.displayName().equals("HandlerJar")).findFirst()
                .orElseThrow();
        FileAsset.Destination d = jar.destinations().get(0).in(new AwsEnvironment("111122223333", "eu-west-1", "aws"));
        assertEquals("cdk-hnb659fds-assets-111122223333-eu-west-1", d.bucketName());
        assertTrue(d.objectKey().endsWith(".jar"), d.objectKey());
    }

    private static StackArtifact stack(String name, String... deps) {
        return new StackArtifact(name, name, Path.of(name + ".json"), List.of(deps), List.of(), Map.of(), Map.of(), 0,
                "aws://unknown-account/unknown-region", "");
    }
}
