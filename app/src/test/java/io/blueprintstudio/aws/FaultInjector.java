package io.blueprintstudio.aws;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Spoils calls in a repeating pattern: a connection that drops before the request leaves, a throttling answer
 * (HTTP 400 ThrottlingException, as Step Functions sends when over its rate) in place of the real one, and a
 * connection that drops after the service answered (so the service did the work and the client never saw it).
 */
final class FaultInjector implements ExecutionInterceptor {
    private static final String THROTTLED = "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}";

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger spoiled = new AtomicInteger();
    private final ExecutionAttributes marker = new ExecutionAttributes();

    /** Calls 1, 2, 3 pass; 4 drops before sending; 5 passes; 6 is throttled; 7 passes; 8 drops after; repeat. */
    private static Fault faultFor(int call) {
        return switch (call % 8) {
            case 4 -> Fault.DROP_BEFORE;
            case 6 -> Fault.THROTTLE;
            case 0 -> Fault.DROP_AFTER;
            default -> Fault.NONE;
        };
    }

    private enum Fault { NONE, DROP_BEFORE, THROTTLE, DROP_AFTER }

    private static final software.amazon.awssdk.core.interceptor.ExecutionAttribute<Fault> FAULT =
            new software.amazon.awssdk.core.interceptor.ExecutionAttribute<>("test-fault");

    int spoiled() {
        return spoiled.get();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Fault f = faultFor(calls.incrementAndGet());
        attributes.putAttribute(FAULT, f);
        if (f == Fault.DROP_BEFORE) {
            spoiled.incrementAndGet();
            throw SdkClientException.create("Connection reset (injected before sending)");
        }
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Fault f = attributes.getAttribute(FAULT);
        if (f == Fault.DROP_AFTER) {
            spoiled.incrementAndGet();
            throw SdkClientException.create("Connection reset (injected after the service answered)");
        }
        if (f == Fault.THROTTLE) {
            spoiled.incrementAndGet();
            return context.httpResponse().toBuilder().statusCode(400)
                    .putHeader("x-amzn-ErrorType", "ThrottlingException")
                    .putHeader("Content-Length", String.valueOf(THROTTLED.length())).build();
        }
        return context.httpResponse();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes attributes) {
        if (attributes.getAttribute(FAULT) == Fault.THROTTLE) {
            return Optional.of(new ByteArrayInputStream(THROTTLED.getBytes(StandardCharsets.UTF_8)));
        }
        return context.responseBody();
    }
}
