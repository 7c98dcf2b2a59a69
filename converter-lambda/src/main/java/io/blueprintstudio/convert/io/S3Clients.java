package io.blueprintstudio.convert.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Makes the S3 clients we use: the JDK's URL-connection HTTP client (no Netty or Apache client in the Lambda jar,
 * and the fastest to start), and, for a local emulator, path-style addressing and placeholder credentials.
 */
public final class S3Clients {
    static final String DEFAULT_REGION = "us-east-1";

    private S3Clients() {
    }

    /**
     * A client for AWS, or for the emulator at {@code endpointOverride}. With no override, {@code
     * AWS_ENDPOINT_URL_S3} or {@code AWS_ENDPOINT_URL} from the environment is used, as the AWS CLI does: that is
     * how a Lambda running inside a local emulator learns where S3 is. {@code region} defaults to {@code
     * AWS_REGION}, then us-east-1.
     */
    public static S3Client create(URI endpointOverride, String region) {
        return builder(endpointOverride, region, System.getenv()).build();
    }

    /** The configured builder, for tests that add interceptors before building. */
    static S3ClientBuilder builder(URI endpointOverride, String region, Map<String, String> env) {
        URI endpoint = endpointOverride != null ? endpointOverride : endpointFromEnv(env);
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region(region, env)));
        if (endpoint != null) {
            builder.endpointOverride(endpoint).forcePathStyle(true).credentialsProvider(emulatorCredentials());
        }
        return builder;
    }

    static URI endpointFromEnv(Map<String, String> env) {
        for (String name : new String[] {"AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                try {
                    return new URI(value.trim());
                } catch (URISyntaxException e) {
                    throw new IllegalArgumentException(name + " is not a URL: '" + value + "'", e);
                }
            }
        }
        return null;
    }

    static String region(String region, Map<String, String> env) {
        if (region != null && !region.isBlank()) {
            return region.trim();
        }
        String fromEnv = env.get("AWS_REGION");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv.trim() : DEFAULT_REGION;
    }

    /** Emulators accept any key, but the SDK refuses to sign without one; real credentials still win. */
    private static AwsCredentialsProviderChain emulatorCredentials() {
        return AwsCredentialsProviderChain.builder()
                .credentialsProviders(DefaultCredentialsProvider.builder().build(),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .reuseLastProviderEnabled(true)
                .build();
    }
}
