package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.AwsTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What MiniStack gets back from the proxy when something other than the handler goes wrong. */
class LambdaProxyHostTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownFunctionIsAnErrorReplyNamingIt() throws Exception {
        List<String> log = new ArrayList<>();
        try (LambdaProxyHost host = LambdaProxyHost.start(AwsTarget.endpoint(SandboxPeers.ministack(), null),
                log::add)) {
            URI url = host.urlFor("no-such-function");
            assertEquals("127.0.0.1", url.getHost());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            // MiniStack turns a non-2xx reply into the Lambda error the state machine's Task sees.
            assertEquals(502, r.statusCode());
            assertTrue(r.body().startsWith("Lambda proxy could not read the settings of function 'no-such-function'"),
                    r.body());
            assertEquals(List.of(r.body()), log);
            assertEquals("no-such-function", host.invocations().get(0).functionName());
        }
    }

    @Test
    void onlyPostInvokes() throws Exception {
        try (LambdaProxyHost host = LambdaProxyHost.start(AwsTarget.endpoint(SandboxPeers.ministack(), null),
                line -> { })) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(host.urlFor("f")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode());
            assertTrue(host.invocations().isEmpty());
        }
    }

    @Test
    void refusesToServeAnythingButALocalEmulator() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LambdaProxyHost.start(AwsTarget.defaultChain("us-east-1"), line -> { }));
        assertTrue(e.getMessage().startsWith("The Lambda proxy serves a local emulator"), e.getMessage());
    }
}
