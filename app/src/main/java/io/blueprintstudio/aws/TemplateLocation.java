package io.blueprintstudio.aws;

import java.net.URI;
import java.util.Optional;

/**
 * The S3 URL of a template too large to send inline. The CDK lists such a template among its stack's file assets, so
 * it is already in the assets bucket when the change set is created.
 */
record TemplateLocation(AwsEnvironment env, Optional<URI> endpoint) {
    String urlOf(StackArtifact stack) throws DeployException {
        FileAsset template = stack.assets().stream()
                .filter(a -> a.source().normalize().equals(stack.templateFile().normalize())).findFirst()
                .orElseThrow(() -> new DeployException("the template of " + stack.stackName() + " is larger than "
                        + ChangeSets.MAX_TEMPLATE_BODY + " bytes and not listed as an asset, so it cannot be sent"));
        FileAsset.Destination d = template.destinations().get(0).in(env);
        String host = endpoint.map(URI::toString).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .orElse("https://s3." + env.region() + ".amazonaws.com" + (env.partition().equals("aws-cn") ? ".cn"
                        : ""));
        return host + "/" + d.bucketName() + "/" + d.objectKey();
    }
}
