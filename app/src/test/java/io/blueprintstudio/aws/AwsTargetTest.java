package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * What a target signs with and how it finds its region, with the SDK's own providers reading AWS config files
 * written to a temporary folder (the SDK's {@code aws.configFile} setting); no call leaves the machine.
 */
class AwsTargetTest {
    private static final String[] PROPERTIES = {"aws.configFile", "aws.sharedCredentialsFile", "aws.accessKeyId",
        "aws.secretAccessKey"};

    @TempDir
    Path dir;

    private final String profile = "bps-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void ownConfigFiles() throws Exception {
        System.setProperty("aws.sharedCredentialsFile", Files.writeString(dir.resolve("credentials"), "").toString());
    }

    @AfterEach
    void forgetSettings() {
        for (String p : PROPERTIES) {
            System.clearProperty(p);
        }
    }

    @Test
    void endpointTargetSignsWithTheDummyKeyEvenWhenRealCredentialsAreConfigured() {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        AwsTarget local = AwsTarget.endpoint(URI.create("http://127.0.0.1:9"), null);
        try (StsClient sts = local.client(StsClient.builder())) {
            assertEquals("test", identity(sts).accessKeyId());
        }
    }

    @Test
    void everyClientOfAProfileSharesOneProviderSoItsCredentialsAreFetchedOnce() throws Exception {
        Path runs = dir.resolve("runs");
        // credential_process stands in for SSO or AssumeRole: each provider made runs it on first use.
        Path script = Files.writeString(dir.resolve("credentials.sh"), "echo run >> '" + runs + "'\n"
                + "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROCESS\", \"SecretAccessKey\": \"s\"}'\n");
        Files.writeString(dir.resolve("config"), "[profile " + profile + "]\nregion = eu-north-1\n"
                + "credential_process = sh " + script + "\n");
        System.setProperty("aws.configFile", dir.resolve("config").toString());
        for (int i = 0; i < 4; i++) {
            // A new, equal target each time, as the Deploy screen makes them.
            try (StsClient sts = AwsTarget.profile(profile, null).client(StsClient.builder())) {
                assertEquals("AKIDPROCESS", identity(sts).accessKeyId());
            }
        }
        assertEquals(1, Files.readAllLines(runs).size(), "credential_process runs: " + Files.readAllLines(runs));
    }

    @Test
    void describeNeverAsksTheRegionChainAndShowsTheRegionOnceResolved() throws Exception {
        Files.writeString(dir.resolve("config"), "[profile " + profile + "]\nregion = eu-north-1\n");
        System.setProperty("aws.configFile", dir.resolve("config").toString());
        AwsTarget t = AwsTarget.profile(profile, null);
        assertEquals(Optional.empty(), t.knownRegion());
        assertEquals("AWS profile " + profile + " (the profile's region)", t.describe());
        assertEquals("eu-north-1", t.resolvedRegion());
        assertEquals("AWS profile " + profile + " (eu-north-1)", AwsTarget.profile(profile, "").describe(),
                "resolved once for the profile, whichever target asked");
        assertTrue(AwsTarget.profile(profile, "us-west-2").describe().endsWith("(us-west-2)"));
    }

    private static AwsCredentialsIdentity identity(StsClient sts) {
        return sts.serviceClientConfiguration().credentialsProvider().resolveIdentity().join();
    }
}
