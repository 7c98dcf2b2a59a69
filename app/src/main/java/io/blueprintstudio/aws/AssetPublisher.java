package io.blueprintstudio.aws;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Uploads a stack's file assets to their buckets. An object already there is left alone: asset keys are content
 * hashes, so the same key means the same bytes.
 */
final class AssetPublisher {
    private final S3Client s3;
    private final AwsEnvironment env;

    AssetPublisher(S3Client s3, AwsEnvironment env) {
        this.s3 = s3;
        this.env = env;
    }

    /** Publishes every asset; {@code step} hears one line per upload or skip. */
    void publish(List<FileAsset> assets, DeployListener listener) throws DeployException {
        for (FileAsset asset : assets) {
            for (FileAsset.Destination d : asset.destinations()) {
                publish(asset, d.in(env), listener);
            }
        }
    }

    private void publish(FileAsset asset, FileAsset.Destination to, DeployListener listener) throws DeployException {
        String where = "s3://" + to.bucketName() + "/" + to.objectKey();
        try {
            if (exists(to)) {
                listener.step("asset " + asset.displayName() + " already in " + where);
                return;
            }
            Path file = asset.zipFolder() ? zip(asset.source()) : asset.source();
            try {
                s3.putObject(b -> b.bucket(to.bucketName()).key(to.objectKey()), RequestBody.fromFile(file));
            } finally {
                if (asset.zipFolder()) {
                    Files.deleteIfExists(file);
                }
            }
            listener.step("published asset " + asset.displayName() + " (" + Files.size(asset.source()) / 1024
                    + " KiB) to " + where);
        } catch (SdkException e) {
            throw new DeployException("could not publish asset " + asset.displayName() + " to " + where + ": "
                    + Errors.message(e), e);
        } catch (IOException e) {
            throw new DeployException("could not read asset " + asset.source() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) { // the SDK's RequestBody.fromFile on a file that is gone
            throw new DeployException("could not read asset " + asset.source() + ": " + e.getCause().getMessage(), e);
        }
    }

    private boolean exists(FileAsset.Destination to) {
        try {
            s3.headObject(b -> b.bucket(to.bucketName()).key(to.objectKey()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** A folder as a zip with forward-slash names and fixed times, as the CDK CLI packs it. */
    static Path zip(Path folder) throws IOException {
        Path zip = Files.createTempFile("bps-asset", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry entry = new ZipEntry(folder.relativize(p).toString().replace('\\', '/'));
                entry.setTime(315532800000L); // 1980-01-01: the same folder gives the same bytes
                z.putNextEntry(entry);
                Files.copy(p, z);
                z.closeEntry();
            }
        }
        return zip;
    }
}
