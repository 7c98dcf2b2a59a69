package io.blueprintstudio.convert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

class S3ClientsTest {
    @Test
    void endpointComesFromTheS3VariableBeforeTheGeneralOne() {
        assertEquals(URI.create("http://s3.local:4566"), S3Clients.endpointFromEnv(Map.of(
                "AWS_ENDPOINT_URL_S3", "http://s3.local:4566", "AWS_ENDPOINT_URL", "http://all.local:4566")));
        assertEquals(URI.create("http://all.local:4566"),
                S3Clients.endpointFromEnv(Map.of("AWS_ENDPOINT_URL", "http://all.local:4566")));
        assertNull(S3Clients.endpointFromEnv(Map.of("AWS_ENDPOINT_URL", " ")));
        assertNull(S3Clients.endpointFromEnv(Map.of()));
    }

    @Test
    void badEndpointVariableIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> S3Clients.endpointFromEnv(Map.of("AWS_ENDPOINT_URL", "http://bad host")));
        assertTrue(e.getMessage().contains("AWS_ENDPOINT_URL"), e.getMessage());
    }

    @Test
    void regionComesFromTheArgumentThenTheEnvironmentThenUsEast1() {
        assertEquals("eu-west-1", S3Clients.region("eu-west-1", Map.of("AWS_REGION", "ca-central-1")));
        assertEquals("ca-central-1", S3Clients.region(null, Map.of("AWS_REGION", "ca-central-1")));
        assertEquals("us-east-1", S3Clients.region(" ", Map.of()));
    }

    @Test
    void emulatorClientUsesPathStyleAndTheGivenRegion() {
        try (S3Client s3 = S3Clients.builder(URI.create("http://127.0.0.1:1"), null, Map.of()).build()) {
            assertEquals("us-east-1", s3.serviceClientConfiguration().region().id());
            assertEquals(URI.create("http://127.0.0.1:1"), s3.serviceClientConfiguration().endpointOverride()
                    .orElseThrow());
            String url = s3.utilities().getUrl(b -> b.bucket("bucket").key("k")).toString();
            assertEquals("http://127.0.0.1:1/bucket/k", url);
        }
    }
}
