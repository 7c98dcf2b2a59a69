package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.AwsTarget;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating what a blueprint uses in the sandbox: again and again without harm, and messages instead of traces. */
class SandboxProvisionerTest {
    @Test
    void provisioningTwiceKeepsWhatIsThere() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        SandboxResources r = new SandboxResources(List.of("prov-src-" + suffix), List.of("prov-dst-" + suffix),
                List.of("prov-topic-" + suffix));
        SandboxProvisioner p = new SandboxProvisioner(AwsTarget.endpoint(SandboxPeers.ministack(), null));
        List<ResultQueue> first = p.provision(r);
        assertEquals(first, p.provision(r));
        assertEquals(1, first.size());
    }

    @Test
    void aNameTheSdkRefusesIsASandboxExceptionNamingIt() {
        SandboxProvisioner p = new SandboxProvisioner(AwsTarget.endpoint(SandboxPeers.ministack(), null));
        SandboxException e = assertThrows(SandboxException.class, () -> p.provision(
                new SandboxResources(List.of(), List.of("Bad_Bucket..Name"), List.of())));
        assertTrue(e.getMessage().startsWith("Could not create the sandbox's destination bucket Bad_Bucket..Name in "
                + "local endpoint "), e.getMessage());
    }

    @Test
    void anEmulatorThatDoesNotAnswerIsASandboxException() throws Exception {
        AwsTarget nobody = AwsTarget.endpoint(closedPort(), null);
        SandboxException e = assertThrows(SandboxException.class, () -> new SandboxProvisioner(nobody).provision(
                new SandboxResources(List.of(), List.of(), List.of("reports"))));
        assertTrue(e.getMessage().startsWith("Could not create the sandbox's topic reports in local endpoint "),
                e.getMessage());
    }

    /** Adapting an assembly asks the emulator first; one that cannot be reached is a message, not a trace. */
    @Test
    void adaptingForAnEmulatorThatDoesNotAnswerIsASandboxException(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("s.template.json"), "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}");
        SandboxException e = assertThrows(SandboxException.class,
                () -> SandboxAssembly.adapt(dir, AwsTarget.endpoint(closedPort(), null)));
        assertTrue(e.getMessage().startsWith("Could not ask the sandbox which resource types of s it can create: "),
                e.getMessage());
    }

    private static URI closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
    }
}
