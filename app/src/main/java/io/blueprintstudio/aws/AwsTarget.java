package io.blueprintstudio.aws;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where deploys and execution queries go: an AWS account reached through a named profile (or the default
 * credential chain), or a local emulator at an endpoint URL. Every SDK client is built here, so no other code
 * chooses credentials, regions or endpoints. Credentials are resolved by the SDK at call time and never stored.
 *
 * @param profile  the AWS profile (SSO and assumed-role profiles work); empty for the default chain
 * @param region   the region; for a profile target without one, the SDK's region chain decides
 * @param endpoint a local emulator's URL, or empty for AWS itself
 */
public record AwsTarget(Optional<String> profile, Optional<String> region, Optional<URI> endpoint) {
    /** The region emulators answer in when none is given. */
    public static final String EMULATOR_REGION = "us-east-1";

    public AwsTarget {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        if (profile.isPresent() && endpoint.isPresent()) {
            throw new IllegalArgumentException("Choose a profile or a local endpoint, not both");
        }
    }

    /** AWS through the default credential chain (environment, SSO cache, instance role, ...). */
    public static AwsTarget defaultChain(String region) {
        return new AwsTarget(Optional.empty(), Optional.ofNullable(blankToNull(region)), Optional.empty());
    }

    /** AWS through a named profile in the user's AWS config files. */
    public static AwsTarget profile(String profile, String region) {
        return new AwsTarget(Optional.of(profile), Optional.ofNullable(blankToNull(region)), Optional.empty());
    }

    /** A local emulator (MiniStack, moto) at {@code endpoint}. */
    public static AwsTarget endpoint(URI endpoint, String region) {
        String r = blankToNull(region);
        return new AwsTarget(Optional.empty(), Optional.of(r == null ? EMULATOR_REGION : r), Optional.of(endpoint));
    }

    public boolean isLocal() {
        return endpoint.isPresent();
    }

    /** The region clients use: the given one, else the SDK's chain (profile, environment), else us-east-1. */
    public String resolvedRegion() {
        return region.orElseGet(() -> {
            try {
                return DefaultAwsRegionProviderChain.builder()
                        .profileName(profile.orElse(null)).build().getRegion().id();
            } catch (RuntimeException noRegionConfigured) {
                return EMULATOR_REGION;
            }
        });
    }

    /** Configures any synchronous SDK client builder for this target and builds it. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
        builder.httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(resolvedRegion()))
                .credentialsProvider(credentials());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** S3 needs path-style addressing on emulators (no wildcard DNS for bucket hosts). */
    public S3Client s3() {
        return client(S3Client.builder().forcePathStyle(isLocal()));
    }

    /** A one-line description for progress lines and the status bar; never contains credentials. */
    public String describe() {
        if (endpoint.isPresent()) {
            return "local endpoint " + endpoint.get() + " (" + resolvedRegion() + ")";
        }
        return profile.map(p -> "AWS profile " + p).orElse("AWS default credentials") + " (" + resolvedRegion() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    private AwsCredentialsProvider credentials() {
        if (endpoint.isPresent()) {
            // Emulators accept any key, but the SDK refuses to sign without one; real credentials still win.
            return AwsCredentialsProviderChain.builder()
                    .credentialsProviders(DefaultCredentialsProvider.builder().build(),
                            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .reuseLastProviderEnabled(true)
                    .build();
        }
        return profile.<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
