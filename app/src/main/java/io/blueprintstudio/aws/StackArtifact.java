package io.blueprintstudio.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One CloudFormation stack of a cloud assembly.
 *
 * @param id                       the artifact id in manifest.json
 * @param stackName                the CloudFormation stack name
 * @param templateFile             the synthesized template
 * @param dependsOn                stack names that must be deployed first
 * @param assets                   the file assets this stack needs published (its template among them)
 * @param parameters               parameter values the assembly sets; others keep their template defaults
 * @param tags                     stack tags
 * @param requiredBootstrapVersion the lowest bootstrap version its templates and assets accept (0: none)
 * @param environment              the manifest's {@code aws://account/region}, possibly {@code unknown-account}
 * @param templateSha256           the template's digest when the assembly was read; empty: not checked
 */
public record StackArtifact(String id, String stackName, Path templateFile, List<String> dependsOn,
        List<FileAsset> assets, Map<String, String> parameters, Map<String, String> tags,
        int requiredBootstrapVersion, String environment, String templateSha256) {
    public StackArtifact {
        dependsOn = List.copyOf(dependsOn);
        assets = List.copyOf(assets);
        parameters = Map.copyOf(parameters);
        tags = Map.copyOf(tags);
    }

    /**
     * The template as it was when the assembly was read. A synthesis that wrote the folder again since (the
     * Synthesize screen, another deploy) would deploy templates nobody previewed: that is refused.
     */
    byte[] template() throws DeployException {
        byte[] body;
        try {
            body = Files.readAllBytes(templateFile);
        } catch (IOException e) {
            throw new DeployException("cannot read the template " + templateFile + ": " + e.getMessage(), e);
        }
        if (!templateSha256.isEmpty() && !templateSha256.equals(sha256(body))) {
            throw new DeployException("the template " + templateFile + " changed after it was read for the "
                    + "preview (the folder was synthesized again): preview again, so what is deployed is what was "
                    + "reviewed");
        }
        return body;
    }

    /** The hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The digest of a template file, for an artifact read now. */
    static String sha256(Path file) throws DeployException {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DeployException("cannot read the template " + file + ": " + e.getMessage(), e);
        }
    }
}
