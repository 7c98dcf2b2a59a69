package io.blueprintstudio.aws;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFileSupplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where deploys and execution queries go: an AWS account reached through a named profile (or the default
 * credential chain), or a local emulator at an endpoint URL. Every SDK client is built here, so no other code
 * chooses credentials, regions or endpoints. Credentials are resolved by the SDK at call time and kept in memory
 * only.
 *
 * <p>A target is a value: screens share it, compare it and make a new one on every keystroke in a form, so it has
 * no owner to close it. What is costly behind it is kept per profile for the life of the process instead: one
 * credentials provider (an SSO or assumed-role profile makes one STS or SSO call, not one per client; the provider
 * re-reads the AWS config files when they change), and the region the SDK's chain found (that chain may probe
 * instance metadata for about a second when no region is configured, so it runs once, off the FX thread).
 *
 * @param profile  the AWS profile (SSO and assumed-role profiles work); empty for the default chain
 * @param region   the region; for a profile target without one, the SDK's region chain decides
 * @param endpoint a local emulator's URL, or empty for AWS itself
 */
public record AwsTarget(Optional<String> profile, Optional<String> region, Optional<URI> endpoint) {
    /** The region emulators answer in when none is given. */
    public static final String EMULATOR_REGION = "us-east-1";
    /** Emulators accept any key, but the SDK refuses to sign without one. Never a real credential. */
    private static final AwsCredentialsProvider EMULATOR_CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("test", "test"));
    /** Per profile (empty: the default chain). */
    private static final Map<Optional<String>, AwsCredentialsProvider> CREDENTIALS = new ConcurrentHashMap<>();
    private static final Map<Optional<String>, String> REGIONS = new ConcurrentHashMap<>();

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

    /**
     * The region clients use: the given one, else the SDK's chain (environment, profile, instance metadata), else
     * us-east-1. The chain runs once per profile and process; it may take a second, so call this off the FX thread.
     */
    public String resolvedRegion() {
        return region.orElseGet(() -> REGIONS.computeIfAbsent(profile, AwsTarget::regionFromChain));
    }

    /** The region if it is given or already resolved; never asks the SDK's chain, so the FX thread may call it. */
    public Optional<String> knownRegion() {
        return region.or(() -> Optional.ofNullable(REGIONS.get(profile)));
    }

    private static String regionFromChain(Optional<String> profile) {
        try {
            return DefaultAwsRegionProviderChain.builder().profileName(profile.orElse(null)).build().getRegion().id();
        } catch (RuntimeException noRegionConfigured) {
            return EMULATOR_REGION;
        }
    }

    /** Configures any synchronous SDK client builder for this target and builds it. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
        // A builder, not a built HTTP client: the SDK closes only HTTP clients it made itself.
        builder.httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(resolvedRegion()))
                .credentialsProvider(credentials());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** S3 needs path-style addressing on emulators (no wildcard DNS for bucket hosts). */
    public S3Client s3() {
        return client(S3Client.builder().forcePathStyle(isLocal()));
    }

    /**
     * A one-line description for progress lines and the status bar; never contains credentials, and never waits
     * for the region chain (a region not resolved yet is described as the profile's).
     */
    public String describe() {
        String where = knownRegion().orElse(profile.isPresent() ? "the profile's region" : "the default region");
        if (endpoint.isPresent()) {
            return "local endpoint " + endpoint.get() + " (" + where + ")";
        }
        return profile.map(p -> "AWS profile " + p).orElse("AWS default credentials") + " (" + where + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    /** The provider every client of this target signs with; one per profile (or the default chain). */
    AwsCredentialsProvider credentials() {
        if (endpoint.isPresent()) {
            // Only the dummy key: real credentials would be sent to whatever URL was typed.
            return EMULATOR_CREDENTIALS;
        }
        return CREDENTIALS.computeIfAbsent(profile, p -> p.<AwsCredentialsProvider>map(name -> ProfileCredentialsProvider
                .builder().profileName(name).profileFile(ProfileFileSupplier.defaultSupplier()).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder()
                        .profileFile(ProfileFileSupplier.defaultSupplier()).build()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
