package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.aws.AwsTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
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

    /** The proxy URL goes to every function of a deployed blueprint, but only our handler can run here. */
    @Test
    void aFunctionWithAnotherHandlerFailsSayingSo() throws Exception {
        AwsTarget target = AwsTarget.endpoint(SandboxPeers.ministack(), null);
        String name = "bps-proxy-other-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        try (LambdaProxyHost host = LambdaProxyHost.start(target, line -> { });
                LambdaClient lambda = target.client(LambdaClient.builder())) {
            lambda.createFunction(b -> b.functionName(name).runtime("python3.12").handler("index.handler")
                    .role("arn:aws:iam::000000000000:role/x").code(c -> c.zipFile(SdkBytes.fromByteArray(new byte[] {
                        'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})))
                    .environment(e -> e.variables(Map.of("MINISTACK_LAMBDA_PROXY_URL", host.urlFor(name).toString()))));
            InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{}")));
            assertEquals("Unhandled", r.functionError());
            String error = r.payload().asUtf8String();
            assertTrue(error.contains("The local sandbox runs only io.blueprintstudio.lambda.CsvToParquetHandler; "
                    + "function '" + name + "' has handler 'index.handler'"), error);
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

    /** Any local program can reach the port; only MiniStack, given the URL with the host's token, runs the handler. */
    @Test
    void aRequestWithoutThisHostsTokenIsNotFound() throws Exception {
        try (LambdaProxyHost host = LambdaProxyHost.start(AwsTarget.endpoint(SandboxPeers.ministack(), null),
                line -> { }); LambdaProxyHost other = LambdaProxyHost.start(AwsTarget.endpoint(
                        SandboxPeers.ministack(), null), line -> { })) {
            URI url = host.urlFor("f");
            String token = url.getPath().split("/")[2];
            assertTrue(token.matches("[0-9a-f]{32}"), url::toString);
            assertEquals("/functions/" + token + "/f", url.getPath());
            assertNotEquals(token, other.urlFor("f").getPath().split("/")[2], "two hosts share a token");

            URI base = url.resolve("/");
            String wrong = (token.charAt(0) == '0' ? "1" : "0") + token.substring(1);
            for (String path : List.of("/functions/f", "/functions/" + wrong + "/f", "/functions/" + token,
                    "/functions/" + token + "/", "/functions/" + token.substring(0, 31) + "/f", "/functions/")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, r.statusCode(), path);
            }
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(base.resolve("/functions/" + wrong + "/f"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, get.statusCode(), "a GET with a wrong token learns nothing either");
            assertTrue(host.invocations().isEmpty(), host.invocations()::toString);
        }
    }

    /** The name is decoded once: "%25zz" is the function "%zz" (before, a second decoding closed the connection). */
    @Test
    void aNameIsDecodedOnceAndAnUnusualOneStillGetsAReply() throws Exception {
        List<String> log = new ArrayList<>();
        try (LambdaProxyHost host = LambdaProxyHost.start(AwsTarget.endpoint(SandboxPeers.ministack(), null),
                log::add)) {
            URI url = host.urlFor("%zz");
            assertTrue(url.getRawPath().endsWith("/%25zz"), url::toString);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(502, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("Lambda proxy could not read the settings of function '%zz'"), r.body());
        }
    }

    @Test
    void remembersOnlyTheLatestInvocations() throws Exception {
        try (LambdaProxyHost host = LambdaProxyHost.start(AwsTarget.endpoint(SandboxPeers.ministack(), null),
                line -> { })) {
            List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
            for (int i = 0; i <= LambdaProxyHost.REMEMBERED; i++) {
                sent.add(http.sendAsync(HttpRequest.newBuilder(host.urlFor("gone-" + i))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding()));
                if (sent.size() % 32 == 0) {
                    sent.forEach(java.util.concurrent.CompletableFuture::join);
                }
            }
            sent.forEach(java.util.concurrent.CompletableFuture::join);
            assertEquals(LambdaProxyHost.REMEMBERED, host.invocations().size());
        }
    }

    @Test
    void refusesToServeAnythingButALocalEmulator() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LambdaProxyHost.start(AwsTarget.defaultChain("us-east-1"), line -> { }));
        assertTrue(e.getMessage().startsWith("The Lambda proxy serves a local emulator"), e.getMessage());
    }
}
