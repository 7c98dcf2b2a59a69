package io.blueprintstudio.sandbox;

/**
 * One invocation MiniStack forwarded to the {@link LambdaProxyHost}.
 *
 * @param functionName the function MiniStack invoked
 * @param requestId    MiniStack's request id for it
 * @param result       what the handler returned (the JSON text, e.g. {@code "passed"}), or the error sent back
 * @param millis       how long the handler ran
 */
public record ProxyInvocation(String functionName, String requestId, String result, long millis) {
}
