package io.blueprintstudio.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a CDK asset manifest ({@code Stack.assets.json}): the file assets and where each goes. */
final class AssetManifest {
    private AssetManifest() {
    }

    static List<FileAsset> read(Path file) throws DeployException {
        JsonNode root = CloudAssembly.readJson(file);
        if (root.path("dockerImages").size() > 0) {
            throw new DeployException(file + " lists Docker image assets; Blueprint Studio publishes file assets "
                    + "only (the blueprint's Lambda is a jar), so build this app with the CDK CLI instead");
        }
        List<FileAsset> assets = new ArrayList<>();
        for (var e : root.path("files").properties()) {
            assets.add(asset(file, e.getKey(), e.getValue()));
        }
        return assets;
    }

    private static FileAsset asset(Path file, String id, JsonNode a) throws DeployException {
        JsonNode source = a.path("source");
        if (source.has("executable")) {
            throw new DeployException(file + ": asset " + id + " is built by a command, which is not supported");
        }
        Path path = file.getParent().resolve(CloudAssembly.required(source, "path", file, "asset " + id));
        String packaging = source.path("packaging").asText("file");
        if (!packaging.equals("file") && !packaging.equals("zip")) {
            throw new DeployException(file + ": asset " + id + " has packaging " + packaging
                    + "; only file and zip are supported");
        }
        if (!Files.exists(path)) {
            throw new DeployException(file + ": asset " + id + " points to " + path.getFileName() + ", which is missing");
        }
        List<FileAsset.Destination> destinations = new ArrayList<>();
        for (var d : a.path("destinations").properties()) {
            String where = "asset " + id + " destination " + d.getKey();
            destinations.add(new FileAsset.Destination(CloudAssembly.required(d.getValue(), "bucketName", file, where),
                    CloudAssembly.required(d.getValue(), "objectKey", file, where)));
        }
        return new FileAsset(id, a.path("displayName").asText(id), path,
                packaging.equals("zip") && Files.isDirectory(path), destinations);
    }
}
