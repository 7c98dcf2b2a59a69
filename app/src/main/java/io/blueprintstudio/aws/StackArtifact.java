package io.blueprintstudio.aws;

import java.nio.file.Path;
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
 */
public record StackArtifact(String id, String stackName, Path templateFile, List<String> dependsOn,
        List<FileAsset> assets, Map<String, String> parameters, Map<String, String> tags,
        int requiredBootstrapVersion, String environment) {
    public StackArtifact {
        dependsOn = List.copyOf(dependsOn);
        assets = List.copyOf(assets);
        parameters = Map.copyOf(parameters);
        tags = Map.copyOf(tags);
    }
}
